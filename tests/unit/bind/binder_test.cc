// Tests for bind/binder: tokens, subjects, measures, predicates, modality.
#include "bind/binder.h"

#include <map>
#include <random>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "index/claim_index.h"
#include "support/doc_case.h"
#include "support/run_binary.h"

using namespace claimlint;
using namespace claimlint::testing;

namespace {

// The claims of a one-paragraph document, bound as the pipeline does.
std::vector<Claim> bind_text(const std::string& text) { return claims_of(make_doc(text, std::nullopt)); }

// The JSON line of the claim whose text is `text` in the output of
// `claimlint extract`.
std::string claim_line(const std::string& out, std::string_view text) {
  const std::size_t at = out.find(std::string("\"text\":\"") + std::string(text) + "\"");
  REQUIRE(at != std::string::npos);
  return out.substr(at, out.find('\n', at) - at);
}

const Claim& find(const std::vector<Claim>& claims, std::string_view text) {
  for (const Claim& c : claims) {
    if (c.text == text) return c;
  }
  FAIL("no claim with text " << text);
  return claims.front();
}

}  // namespace

TEST_CASE("tokenize keeps abbreviations, codes and possessives whole", "[bind]") {
  const std::vector<Token> t = tokenize("Nvidia's H200, the U.S. chip.");
  REQUIRE(t.size() == 7);
  CHECK(t[0].text == "Nvidia");
  CHECK(t[0].possessive);
  CHECK(t[1].text == "H200");
  CHECK(t[2].text == ",");
  CHECK_FALSE(t[2].word);
  CHECK(t[4].text == "U.S.");
  CHECK(t[6].text == ".");
  // The possessive of a word ending in s; a quote after other words stays.
  const std::vector<Token> u = tokenize("Acme Motors' 350 workers, 'Acme'");
  REQUIRE(u.size() == 8);
  CHECK(u[1].text == "Motors");
  CHECK(u[1].possessive);
  CHECK(u[1].range.end == 12);
  CHECK(u[2].text == "350");
  CHECK(u[6].text == "Acme");
  CHECK_FALSE(u[6].possessive);
  CHECK(u[7].text == "'");
}

TEST_CASE("subjects, measure and predicate of a count", "[bind]") {
  struct Case {
    const char* text;
    const char* quantity;
    const char* measure;
    std::vector<std::string> subjects;
    const char* predicate;
  };
  const Case cases[] = {
      {"According to Reuters, ByteDance, Alibaba and Tencent have received permission to buy 400,000 H200 GPUs.",
       "400,000 H200 GPUs", "H200 chip", {"ByteDance", "Alibaba", "Tencent"}, "acquire"},
      {"ByteDance, Alibaba, and Tencent have also received permission from Beijing to buy 400,000 H200 GPUs.",
       "400,000 H200 GPUs", "H200 chip", {"ByteDance", "Alibaba", "Tencent"}, "acquire"},
      {"The city of Rivergate agreed to contribute 85 million euros to the stadium.", "85 million euros",
       "amount to pay", {"Rivergate"}, "pay"},
      {"Acme Corp hired 1,200 engineers last year.", "1,200 engineers", "engineer", {"Acme Corp"}, "hire"},
      {"Voltara Motors is recalling 120,000 vehicles in North America.", "120,000 vehicles", "vehicle",
       {"Voltara Motors"}, "recall"},
      // A first word never written in lower case, then a predicate and
      // its figure, is a name acting.
      {"Brio employs about 900 people.", "about 900 people", "employee", {"Brio"}, "employ"},
      {"Brio cut 120 jobs in May.", "120 jobs", "employee", {"Brio"}, "shed"},
      // A count right after a possessive name is the possessor's.
      {"Acme said all of Brio's 1,200 employees would be offered positions.", "1,200 employees", "employee",
       {"Brio"}, "employ"},
      // "keep" is the employees' predicate, not Brio's.
      {"Acme said Brio's 1,200 employees would keep their jobs.", "1,200 employees", "employee", {"Brio"},
       "employ"},
      // A predicate before the figure is the clause subject's.
      {"Acme Corp bought Brio's 1,200 vehicles.", "1,200 vehicles", "vehicle", {"Acme Corp"}, "acquire"},
      {"Acme said its 1,200 employees would be offered positions.", "1,200 employees", "employee", {"Acme"},
       "employ"},
      {"Union leaders said Acme Motors' 350 workers would strike.", "350 workers", "employee", {"Acme Motors"},
       "employ"},
      // A figure right after a possessive name, with no subject of its
      // own clause, is about that name.
      {"After the storm, Kelbridge's 4,100 homes were without power.", "4,100 homes", "home", {"Kelbridge"}, ""},
      // "&" joins one name; a group after a preposition is no subject.
      {"Pendry & Vale employs 8,600 permanent staff.", "8,600 permanent staff", "permanent employee",
       {"Pendry & Vale"}, "employ"},
      {"Acme Corp said stores in Ellerby and Tannock Vale sold 40 vehicles.", "40 vehicles", "vehicle",
       {"Acme Corp"}, "sell"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const std::vector<Claim> claims = bind_text(c.text);
    const Claim& claim = find(claims, c.quantity);
    CHECK(claim.measure == c.measure);
    CHECK(claim.subjects == c.subjects);
    CHECK(claim.predicate == c.predicate);
    CHECK(claim.modality == Modality::plain);
    CHECK_FALSE(claim_key(claim).empty());
  }
}

TEST_CASE("a place preposition and a name right after a figure say where it holds", "[bind]") {
  struct Case {
    const char* text;
    const char* quantity;
    const char* place;
  };
  const Case cases[] = {
      {"Apple sold 10 million iPhones in China last year.", "10 million iPhones", "in China"},
      {"Apple sold 6 million iPhones in the U.S. last year.", "6 million iPhones", "in United States"},
      {"Ashford collected 51 points from 19 matches at Carver Park.", "19 matches", "at Carver Park"},
      {"In China, Apple sold 7 million iPhones.", "7 million iPhones", "in China"},
      // No name, a month, a year, a code: no place.
      {"Apple sold 8 million iPhones in the quarter.", "8 million iPhones", ""},
      {"Apple sold 10 million iPhones in March.", "10 million iPhones", ""},
      {"Apple sold 12 million iPhones in 2024.", "12 million iPhones", ""},
      {"Apple sold 9 million iPhones in Q3.", "9 million iPhones", ""},
      // Not right after the figure, or another preposition.
      {"Apple sold 5 million iPhones to customers in Europe.", "5 million iPhones", ""},
      {"Apple bought 5 million chips from Foxconn.", "5 million chips", ""},
      // An opening place stops at a clause break.
      {"In China, sales slowed; Apple sold 4 million iPhones.", "4 million iPhones", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(find(bind_text(c.text), c.quantity).place == c.place);
  }
  // The place is part of the key; a figure without one keeps the key it had.
  const std::vector<Claim> claims =
      bind_text("Shares of Apple rose. Apple sold 10 million iPhones in China. Apple sold 50 million iPhones.");
  const Claim& part = find(claims, "10 million iPhones");
  const Claim& whole = find(claims, "50 million iPhones");
  CHECK(claim_key(part) == "count|iphone|apple|sell|in china");
  CHECK(claim_key(whole) == "count|iphone|apple|sell");
  ClaimIndex index;
  CHECK(index.key_of(part) == claim_key(part));
  CHECK(index.key_of(whole) == claim_key(whole));
}

TEST_CASE("a name takes the number after it that is no quantity", "[bind]") {
  // "Medivo Phase 3" names a thing, as "Nvidia H200" does: it is no
  // subject, and never the same as "Medivo Phase 2".
  const std::vector<Claim> claims = bind_text(
      "Shares of Medivo rose. Medivo Phase 3 enrolled 832 patients. Medivo Phase 2 enrolled 310 patients.");
  CHECK(find(claims, "832 patients").subjects.empty());
  CHECK(find(claims, "310 patients").subjects.empty());
  // A number that is a quantity stays one: "787 deliveries" counts.
  const std::vector<Claim> boeing = bind_text("Shares of Boeing rose. Boeing said 787 deliveries reached 12 jets.");
  CHECK(find(boeing, "787 deliveries").subjects == std::vector<std::string>{"Boeing"});
}

TEST_CASE("a short name becomes the longer name it begins, named no later", "[bind]") {
  std::vector<Claim> claims(4);
  claims[0].subjects = {"Brackwell Components"};
  claims[1].subjects = {"Brackwell", "Brackwell Components"};
  claims[2].subjects = {"Acme"};
  claims[3].subjects = {"Acme Motors"};  // named after "Acme": not its long form
  unify_short_names(claims);
  CHECK(claims[1].subjects == std::vector<std::string>{"Brackwell Components"});
  CHECK(claims[2].subjects == std::vector<std::string>{"Acme"});
  std::vector<Claim> two(3);
  two[0].subjects = {"Acme Motors"};
  two[1].subjects = {"Acme Foods"};
  two[2].subjects = {"Acme"};  // two long forms: left alone
  unify_short_names(two);
  CHECK(two[2].subjects == std::vector<std::string>{"Acme"});
}

TEST_CASE("a surname alone stands for the one two-word name that ends with it", "[bind]") {
  std::vector<Claim> claims(4);
  claims[0].subjects = {"Tom Baker"};
  claims[1].subjects = {"Baker"};
  claims[2].subjects = {"Bank of England"};
  claims[3].subjects = {"England"};  // the last word of a longer name: left alone
  unify_short_names(claims);
  CHECK(claims[1].subjects == std::vector<std::string>{"Tom Baker"});
  CHECK(claims[3].subjects == std::vector<std::string>{"England"});
  std::vector<Claim> family(3);
  family[0].subjects = {"Tom Baker"};
  family[1].subjects = {"Sue Baker"};
  family[2].subjects = {"Baker"};  // two people: left alone
  unify_short_names(family);
  CHECK(family[2].subjects == std::vector<std::string>{"Baker"});
  // The first word of one name and the last of another: neither.
  std::vector<Claim> both(3);
  both[0].subjects = {"Grant Holdings"};
  both[1].subjects = {"Lee Grant"};
  both[2].subjects = {"Grant"};
  unify_short_names(both);
  CHECK(both[2].subjects == std::vector<std::string>{"Grant"});
}

TEST_CASE("a duration takes a measure only from the words of duration_measures", "[bind]") {
  std::vector<Claim> claims = bind_text(
      "Judge Mary Ellis jailed Tom Baker for seven years at Leeds Crown Court on Tuesday. Baker, who is serving an "
      "eight-year prison sentence, was banned from driving for 10 years. Baker ran the scheme for three years.");
  unify_short_names(claims);  // "Baker" is "Tom Baker", as in the pipeline
  const Claim& seven = find(claims, "seven years");
  CHECK(seven.measure == "prison sentence");
  CHECK(seven.subjects == std::vector<std::string>{"Tom Baker"});
  CHECK(seven.place.empty());  // where it was passed does not part it
  // Nor its verb: "was given" and "received" pass the same sentence.
  CHECK(find(bind_text("Ruth Penhale received a suspended sentence of 18 months."), "18 months").predicate.empty());
  const Claim& eight = find(claims, "eight-year");
  CHECK(eight.measure == "prison sentence");
  CHECK(eight.subjects == std::vector<std::string>{"Tom Baker"});
  CHECK(claim_key(seven) == claim_key(eight));
  CHECK(find(claims, "10 years").measure == "ban");
  CHECK(find(claims, "three years").measure.empty());
  // No word past another figure: "jailed in 2015 ... for three years".
  CHECK(find(bind_text("Reed, jailed in 2015, ran the firm for three years."), "three years").measure.empty());
  // The words after "and" are another clause's.
  const std::vector<Claim> both = bind_text("Liam Foster was jailed for 20 months and banned from driving for four years.");
  CHECK(find(both, "20 months").measure == "prison sentence");
  CHECK(find(both, "four years").measure == "ban");
  // A colon ends a clause: "they ... allowed" is not the subject after it.
  const std::vector<Claim> listed = bind_text(
      "Both must pass a test before they are allowed back on the road: Grant once her three-year ban ends, and Foster "
      "once his four-year ban has expired.");
  CHECK(find(listed, "four-year").subjects == std::vector<std::string>{"Foster"});
  // A deal of some years is not one of a kind: no measure.
  CHECK(find(bind_text("Rovers signed Reed on a three-year deal."), "three-year").measure.empty());
  const auto bind_es = [](const std::string& text) { return claims_of(make_doc(text, std::nullopt, "es")); };
  CHECK(find(bind_es("El juez conden\xC3\xB3 a Tom\xC3\xA1s Ruiz a siete a\xC3\xB1os de prisi\xC3\xB3n."),
             "siete a\xC3\xB1os")
            .measure == "prison sentence");
}

TEST_CASE("a whole number set off by commas after a name is that name's age, for a year", "[bind]") {
  const auto bind_on = [](const std::string& text, std::optional<std::string> date, std::string lang = "en") {
    return claims_of(make_doc(text, std::move(date), std::move(lang)));
  };
  const std::vector<Claim> claims =
      bind_on("Council leader Maria Okafor, 47, said the scheme would cost \xC2\xA3" "180m.", "2026-03-12");
  const Claim& age = find(claims, "47");
  CHECK(age.measure == "age");
  CHECK(age.subjects == std::vector<std::string>{"Maria Okafor"});
  CHECK(age.quantity.low == 47);
  CHECK(age.quantity.high == 48);  // until the 48th birthday
  CHECK(age.time == "2026");
  const std::vector<Claim> spanish = bind_on("La concejala Mar\xC3\xAD" "a Okafor, de 47 a\xC3\xB1os, dijo que el "
                                             "plan costar\xC3\xA1 180 millones de euros.",
                                             "2026-03-12", "es");
  const Claim& es = find(spanish, "47 a\xC3\xB1os");
  CHECK(es.measure == "age");
  CHECK(es.subjects == std::vector<std::string>{"Mar\xC3\xAD" "a Okafor"});
  // No publication date, no year for the age: no age. Not after a name, or
  // not set off by commas: no age.
  CHECK(find(bind_on("Council leader Maria Okafor, 47, said so.", std::nullopt), "47").measure.empty());
  CHECK(find(bind_on("Route 47, the busiest, runs hourly.", "2026-03-12"), "47").measure.empty());
  CHECK(find(bind_on("Okafor won 47, the most of any candidate, in March.", "2026-03-12"), "47").measure.empty());
}

TEST_CASE("the N-year-old is the latest person named, and a person's age", "[bind]") {
  const auto bind_on = [](const std::string& text) {
    const Document doc = make_doc(text, std::string("2026-03-02"));
    std::vector<Claim> claims = claims_of(doc);
    // As the pipeline does: the names before each sentence of the
    // paragraph, then the anaphors.
    std::vector<std::vector<std::string>> names_before(doc.sentences.size());
    resolve_anaphors(doc, claims, names_before, {}, builtin().bind().find("en"));
    return claims;
  };
  const std::vector<Claim> claims = bind_on(
      "Much of it came from striker Daniel Okafor, signed last June for about \xC2\xA3" "15,000. The 24-year-old "
      "scored 21 league goals. Tom Baker, a 44-year-old teacher, won 3,000 votes.");
  CHECK(find(claims, "21 league goals").subjects == std::vector<std::string>{"Daniel Okafor"});
  const Claim& age = find(claims, "24-year");
  CHECK(age.measure == "age");
  CHECK(age.subjects == std::vector<std::string>{"Daniel Okafor"});
  const Claim& baker = find(claims, "44-year");
  CHECK(baker.measure == "age");
  CHECK(baker.subjects == std::vector<std::string>{"Tom Baker"});
  // Never a company: the latest subject is a club.
  const std::vector<Claim> club =
      bind_on("Welling United paid about \xC2\xA3" "15,000 for him. The 24-year-old scored 21 league goals.");
  CHECK(find(club, "21 league goals").subjects.empty());
}

TEST_CASE("it or the X opening a sentence, a verb after it, is the subject of a figure with no predicate", "[bind]") {
  Document doc = make_doc("Eastmoor Airport expects growth. The airport handled 1.42 million passengers in 2024. "
                          "The airport's 900 staff are on strike.",
                          std::nullopt);
  std::vector<Claim> claims = claims_of(doc);
  const Claim& handled = find(claims, "1.42 million passengers");
  CHECK(handled.anaphoric);
  DocumentBinder binder(doc, *builtin().bind().find("en"));
  binder.resolve_named_anaphors(claims);
  CHECK(find(claims, "1.42 million passengers").subjects == std::vector<std::string>{"Eastmoor Airport"});
  // A takeover is a deal.
  CHECK(find(bind_text("Norhaven Foods agreed to a \xC2\xA3" "421 million takeover."), "\xC2\xA3" "421 million").measure ==
        "deal");
  // A capacity is not a count of what is: a measure of its own.
  const std::vector<Claim> plans =
      bind_text("Eastmoor Airport plans a new terminal, which would raise its capacity to 2.5 million passengers.");
  CHECK(find(plans, "2.5 million passengers").measure == "capacity for passenger");
}

TEST_CASE("names in a relative clause between a subject and its predicate are not its subject", "[bind]") {
  Document doc = make_doc("Westmoor Hospitals Trust is to cut jobs. The trust, which runs Westmoor General and "
                          "Burnham Community Hospital, employs 7,940 people.",
                          std::nullopt);
  std::vector<Claim> claims = claims_of(doc);
  DocumentBinder binder(doc, *builtin().bind().find("en"));
  binder.resolve_named_anaphors(claims);
  CHECK(find(claims, "7,940 people").subjects == std::vector<std::string>{"Westmoor Hospitals Trust"});
  // A name before the relative clause is the subject.
  CHECK(find(bind_text("Halvern Motors, which owns Brisk Cars, employs 4,000 people."), "4,000 people").subjects ==
        std::vector<std::string>{"Halvern Motors"});
}

TEST_CASE("a plural noun after in or at makes a figure a part", "[bind]") {
  const std::vector<Claim> claims = bind_text("Acme Corp employs 8,200 people in stores and 900 in total.");
  CHECK(find(claims, "8,200 people").place == "in stores");
  const std::vector<Claim> whole = bind_text("Acme Corp employs 8,200 people in total.");
  CHECK(find(whole, "8,200 people").place.empty());
}

TEST_CASE("money in a plural noun is of that noun and in no place", "[bind]") {
  const std::vector<Claim> fund = bind_text("With $53.8 billion in assets, the fund is the largest.");
  const Claim& assets = find(fund, "$53.8 billion");
  CHECK(assets.place.empty());
  CHECK(assets.measure == "asset");
  const std::vector<Claim> royalties = bind_text("The company paid £38m in royalties to 1,200 songwriters.");
  const Claim& paid = find(royalties, "£38m");
  CHECK(paid.place.empty());
  CHECK(paid.measure == "royalties");
  CHECK(find(bind_text("The company paid £38m in dividends to 1,200 shareholders."), "£38m").measure == "dividend");
  CHECK(find(bind_text("Acme sold 1,200 homes for $12 million."), "$12 million").measure == "value of home");
}

TEST_CASE("a capitalised adjective with a hyphen is no name", "[bind]") {
  const std::vector<Claim> claims = bind_text("Shares of Brio rose. Brio, the German-listed maker, cut 300 jobs.");
  const Claim& c = find(claims, "300 jobs");
  CHECK(c.subjects == std::vector<std::string>{"Brio"});
}

TEST_CASE("a noun before a predicate's noun form is no name", "[bind]") {
  // "exports" is a noun here: "Car" is no subject.
  const std::vector<Claim> claims = bind_text("Car exports doubled to 2,000 units.");
  const Claim& c = find(claims, "2,000 units");
  CHECK(c.subjects.empty());
}

TEST_CASE("the name opening a sentence as its subject", "[bind]") {
  struct Case {
    const char* text;
    std::vector<std::string> opening;
  };
  // The second sentence of each, after one that names Lattice, Acme and
  // Brio mid-sentence (a first word alone may be any capitalised word).
  const Case cases[] = {
      {"Lattice, founded in 2014, makes software.", {"Lattice"}},
      {"Acme and Brio signed the deal.", {"Acme", "Brio"}},
      {"Brio makes tools.", {"Brio"}},
      {"Brio's chief executive resigned.", {}},
      {"In 2014, Brio made tools.", {}},
      {"The deal closed.", {}},
      {"Brio Lattice.", {}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const Document doc = make_doc(std::string("Shares of Lattice, Acme and Brio rose. ") + c.text, std::nullopt);
    const BindLanguage& en = *builtin().bind().find("en");
    REQUIRE(doc.sentences.size() == 2);
    CHECK(sentence_opening_names(doc, 1, en, proper_nouns(doc)) == c.opening);
  }
}

TEST_CASE("modality cues", "[bind]") {
  struct Case {
    const char* text;
    const char* quantity;
    Modality modality;
  };
  const Case cases[] = {
      {"Acme Corp will hire 400 engineers next year.", "400 engineers", Modality::forecast},
      {"Acme Corp did not hire 400 engineers.", "400 engineers", Modality::negated},
      {"If approved, Acme Corp would hire 400 engineers.", "400 engineers", Modality::conditional},
      {"Acme Corp allegedly hired 400 engineers.", "400 engineers", Modality::disputed},
      {"In order not to fall behind, Acme Corp hired 400 engineers.", "400 engineers", Modality::plain},
      {"Acme Corp is going to hire 400 engineers.", "400 engineers", Modality::forecast},
      {"Acme Corp isn't hiring 400 engineers.", "400 engineers", Modality::negated},
      // "claims" as a noun is no dispute.
      {"Insurers received 5,900 claims, against 4,200 in 2007.", "4,200", Modality::plain},
      {"Acme Corp claims it hired 400 engineers.", "400 engineers", Modality::disputed},
      // "without" denies what it governs, not a clause after a comma.
      {"Acme Corp grew without cutting 400 jobs.", "400 jobs", Modality::negated},
      {"Exports, without middlemen, rose to 400 tonnes.", "400 tonnes", Modality::plain},
      // A noun after it is a state the figure is left in.
      {"The storm left without power for most of the day 40,000 homes.", "40,000 homes", Modality::plain},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(find(bind_text(c.text), c.quantity).modality == c.modality);
  }
}

TEST_CASE("a possessive name whose noun is the figure's measure is its subject", "[bind]") {
  const std::vector<Claim> claims = bind_text("Acme Corp said on Monday that Acme Corp's net debt stood at $62.4m.");
  const Claim& debt = find(claims, "$62.4m");
  CHECK(debt.measure == "net debt");
  CHECK(debt.subjects == std::vector<std::string>{"Acme Corp"});
  // The possessed noun is another thing than the figure: no subject from it.
  const std::vector<Claim> rival = bind_text("Shares rose. Acme Corp's rival sold 400 cars on Monday.");
  CHECK(find(rival, "400 cars").subjects != std::vector<std::string>{"Acme Corp"});
}

TEST_CASE("the whole of N of the M is no figure of the subject", "[bind]") {
  const std::vector<Claim> claims = bind_text("The Progressive Party won 29 of the 65 seats in parliament.");
  CHECK(find(claims, "65 seats").subjects.empty());
  CHECK(find(claims, "29").subjects == std::vector<std::string>{"Progressive Party"});
}

TEST_CASE("posts and positions are jobs, axing and slashing are cuts", "[bind]") {
  for (const char* text : {"Acme Corp axed 300 posts.", "Acme Corp slashed 300 positions.", "Acme Corp cut 300 jobs."}) {
    INFO(text);
    const std::vector<Claim> claims = bind_text(text);
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].measure == "employee");
    CHECK(claims[0].predicate == "shed");
  }
}

TEST_CASE("Spanish documents bind with the Spanish words", "[bind]") {
  const auto bind_es = [](const std::string& text) { return claims_of(make_doc(text, std::nullopt, "es")); };
  // The conditional and the future are forecasts; "no" negates.
  CHECK(find(bind_es("La suma de PPR y AR alcanzar\xC3\xAD" "a 23 esca\xC3\xB1os."), "23 esca\xC3\xB1os").modality ==
        Modality::forecast);
  CHECK(find(bind_es("Veltrano contratar\xC3\xA1 a 400 ingenieros."), "400 ingenieros").modality == Modality::forecast);
  CHECK(find(bind_es("Veltrano no vendi\xC3\xB3 400 coches."), "400 coches").modality == Modality::negated);
  // "trabajadores" and "empleados" count the same thing; the verb is a predicate.
  const std::vector<Claim> claims = bind_es("Veltrano emplea a 4.012 trabajadores.");
  const Claim& workers = find(claims, "4.012 trabajadores");
  CHECK(workers.measure == "employee");
  CHECK(workers.predicate == "employ");
  CHECK(workers.subjects == std::vector<std::string>{"Veltrano"});
  CHECK(find(bind_es("Veltrano emplea a 4.012 empleados."), "4.012 empleados").measure == "employee");
}

TEST_CASE("a country qualifying a noun is no subject, a country acting is", "[bind]") {
  CHECK(find(bind_text("A UK retailer cut 300 jobs."), "300 jobs").subjects.empty());
  CHECK(find(bind_text("The U.S. private equity firm offered 445 pence per share."), "445 pence").subjects.empty());
  CHECK(find(bind_text("Shares rose. The US finally approved 400,000 chips."), "400,000 chips").subjects ==
        std::vector<std::string>{"United States"});
  CHECK(find(bind_text("Shares rose. For each sale, the US took 25%."), "25%").subjects ==
        std::vector<std::string>{"United States"});
  CHECK(find(bind_text("Shares rose. The U.S. government approved 400,000 chips."), "400,000 chips").subjects ==
        std::vector<std::string>{"United States"});
}

TEST_CASE("a headline name, to and a predicate is a future, a prose object is not", "[bind]") {
  const std::vector<Claim> claims =
      bind_text("Veridian Systems to cut 1,150 jobs\n\nRegulators allowed Acme Corp to import 400 chips.\n");
  CHECK(find(claims, "1,150 jobs").modality == Modality::forecast);
  CHECK(find(claims, "400 chips").modality == Modality::plain);
}

TEST_CASE("the X with modifiers before an apposition refers back", "[bind]") {
  for (const char* text : {"Acme Corp grew. The Austin-based company, which employs 12,800 people, said more.",
                           "Acme Corp grew. The U.S. software company, which employs 12,800 people, said more.",
                           "Acme Corp grew. The company, which employs 12,800 people, said more."}) {
    INFO(text);
    const std::vector<Claim> claims = bind_text(text);
    CHECK(find(claims, "12,800 people").anaphoric);
  }
  // A name between "the" and the noun is no modifier.
  const std::vector<Claim> named = bind_text("Acme Corp grew. The Brio company, which employs 12,800 people, said more.");
  CHECK_FALSE(find(named, "12,800 people").anaphoric);
}

TEST_CASE("the cells of a table row are clauses of their own", "[bind]") {
  // "ships" ends one cell; it is no verb of the next cell's figure, and
  // the row's label is not what each column's figure is about.
  const std::vector<Claim> claims = bind_text("North Terminal | 1,240 ships | 1,385 ships");
  CHECK(find(claims, "1,385 ships").predicate.empty());
  CHECK(find(claims, "1,385 ships").subjects.empty());
}

TEST_CASE("a figure without subjects has no key, a comparison names its products", "[bind]") {
  const std::vector<Claim> claims = bind_text(
      "Large firms have ordered more than two million H200 chips. "
      "The H200 model boasts a power level six times greater than the H20.");
  CHECK(claim_key(find(claims, "more than two million H200 chips")).empty());
  const Claim& ratio = find(claims, "six times");
  CHECK(ratio.measure == "performance ratio of H20 and H200");
  CHECK(ratio.subjects.empty());
  CHECK_FALSE(claim_key(ratio).empty());
}

TEST_CASE("an update cue makes a figure as of publication", "[bind]") {
  // The claims outlive the reference (asan: heap-use-after-free, issue 10).
  const std::vector<Claim> claims = bind_text("Voltara Motors is now recalling 135,000 vehicles.");
  const Claim& c = find(claims, "135,000 vehicles");
  CHECK(c.time_is_update);
}

TEST_CASE("proper nouns: capitals inside sentences, and words never written in lower case", "[bind]") {
  const Document doc = testing::make_doc(
      "Acme sold chips to Rivergate. Shipments rose: Analysts at NVIDIA said \"Strong\" demand (Record) helped "
      "\xc3\x89lan and acme.\n",
      std::nullopt);
  REQUIRE(doc.sentences.size() == 2);
  const ProperNouns proper = proper_nouns(doc);
  // Not after a colon, a quote or a parenthesis; "Élan" does not start
  // with an ASCII capital.
  CHECK(proper.mid_sentence == std::vector<std::string>{"NVIDIA", "Rivergate"});
  CHECK(proper.never_lower ==
        std::vector<std::string>{"Analysts", "NVIDIA", "Record", "Rivergate", "Shipments", "Strong"});
}

TEST_CASE("proper nouns: a long document finds lower case words early and late", "[bind]") {
  // Over 65,536 lowercase words: the early ones ("acme") are set aside in
  // a set, the late ones ("omega") probed at the end.
  std::string text = "Acme sold chips. Omega went. The acme rose. ";
  for (int i = 0; i < 25000; ++i) text += "the big word. ";
  text += "Zeta rose. So omega fell.\n";
  const ProperNouns proper = proper_nouns(testing::make_doc(text, std::nullopt));
  CHECK(proper.mid_sentence.empty());
  CHECK(proper.never_lower == std::vector<std::string>{"So", "Zeta"});
}

namespace {

// proper_nouns computed from the tokens of every prose sentence, as its
// definition says: the reference its word-start scan is tested against.
ProperNouns proper_nouns_by_tokens(const Document& doc) {
  std::set<std::string> capitals, mid, lowercase;
  for (const Sentence& s : doc.sentences) {
    if (s.paragraph < doc.paragraphs.size() && !doc.paragraphs[s.paragraph].prose) continue;
    bool opening = true;
    for (const Token& t : tokenize(doc.view(s.range))) {
      const bool was_opening = opening;
      opening = !t.word && (t.text == ":" || t.text == "\"" || t.text == "(");
      if (!t.word) continue;
      if (t.text[0] >= 'A' && t.text[0] <= 'Z') {
        capitals.emplace(t.text);
        if (!was_opening) mid.emplace(t.text);
      } else if (t.text[0] >= 'a' && t.text[0] <= 'z') {
        lowercase.emplace(t.text);
      }
    }
  }
  ProperNouns out;
  out.mid_sentence.assign(mid.begin(), mid.end());
  for (const std::string& c : capitals) {
    std::string folded = c;
    for (char& ch : folded) ch = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
    if (!lowercase.count(folded)) out.never_lower.push_back(c);
  }
  return out;
}

}  // namespace

TEST_CASE("proper nouns: the word-start scan agrees with the tokens on random text", "[bind]") {
  // Bytes around the rules: joiners, possessives, "U.S.", openers, a
  // two-byte character, a tab; words often longer than eight bytes, so
  // that they cross the scan's chunks.
  const std::vector<std::string> pieces = {"a", "A", "b", "B", "ab", "Ab", "AB", "abc", "Abc", "abcdefghij",
                                           "Abcdefghij", "s", "S", "U", "1", "9", "\xc3\x89", "'", "'s", "'S",
                                           ".", "-", "&", ":", "\"", "(", ",", " ", " ", " ", "\t", "!"};
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int sentences = 1 + static_cast<int>(rng() % 6);
    for (int s = 0; s < sentences; ++s) {
      const int n = static_cast<int>(rng() % 40);
      for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
      text += rng() % 5 == 0 ? "\n\n" : ". ";
    }
    text += "\n";
    const Document doc = testing::make_doc(text, std::nullopt);
    const ProperNouns fast = proper_nouns(doc);
    const ProperNouns reference = proper_nouns_by_tokens(doc);
    INFO(text);
    CHECK(fast.mid_sentence == reference.mid_sentence);
    CHECK(fast.never_lower == reference.never_lower);
  }
}

TEST_CASE("two-word predicates and the words index of the lexicon", "[bind]") {
  const BindLanguage& en = *builtin().bind().find("en");
  CHECK(en.words.at("will").modality == "forecast");
  CHECK_FALSE(en.words.at("will").predicate);
  CHECK(en.words.at("going").opens_modality);
  CHECK_FALSE(en.words.at("going").modality);
  CHECK(en.words.at("laid").opens_predicate);
  const std::vector<Claim> claims = bind_text("Acme Corp laid off 1,200 engineers last year.");
  const Claim& c = find(claims, "1,200 engineers");
  CHECK(c.predicate == en.predicates.at("laid off"));
  CHECK(c.subjects == std::vector<std::string>{"Acme Corp"});
}

namespace {

// Checks that a DocumentBinder told of the sentences `bound` binds each
// sentence of `doc` and names its entities as bind_sentence_claims and
// sentence_names do with proper_nouns(doc); returns how many claims it
// bound.
std::size_t check_told_binder(const Document& doc, const std::vector<std::size_t>& bound) {
  const BindLanguage& en = *builtin().bind().find("en");
  const ProperNouns proper = proper_nouns(doc);
  DocumentBinder binder(doc, en, bound);
  std::vector<Claim> reused;
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const auto q = extract_quantities(doc.view(doc.sentences[s].range), builtin().lexicon(), "en");
    const std::size_t before = reused.size();
    binder.bind(s, q, {}, reused);
    const std::vector<Claim> alone = bind_sentence_claims(doc, s, q, {}, en, proper);
    REQUIRE(reused.size() - before == alone.size());
    for (std::size_t i = 0; i < alone.size(); ++i) {
      const Claim& a = reused[before + i];
      const Claim& b = alone[i];
      INFO(b.text);
      CHECK(a.text == b.text);
      CHECK(a.measure == b.measure);
      CHECK(a.subjects == b.subjects);
      CHECK(a.predicate == b.predicate);
      CHECK(a.modality == b.modality);
      CHECK(a.time == b.time);
      CHECK(a.anaphoric == b.anaphoric);
    }
    CHECK(binder.names(s) == sentence_names(doc, s, en, proper));
    std::vector<std::string> opening;
    CHECK(binder.names(s, &opening) == sentence_names(doc, s, en, proper));
    CHECK(opening == sentence_opening_names(doc, s, en, proper));
  }
  return reused.size();
}

// check_told_binder told of the sentences with figures, and of none.
std::size_t check_binder_against_functions(const Document& doc) {
  std::vector<std::size_t> with_figures;
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    if (!extract_quantities(doc.view(doc.sentences[s].range), builtin().lexicon(), "en").empty()) {
      with_figures.push_back(s);
    }
  }
  std::size_t bound = 0;
  for (const bool told : {false, true}) {
    INFO("told of the sentences with figures: " << told);
    bound = check_told_binder(doc, told ? with_figures : std::vector<std::size_t>{});
  }
  return bound;
}

}  // namespace

TEST_CASE("a document binder, reusing its buffers, binds as the functions of one sentence do", "[bind]") {
  // Sentences of different lengths, so that a longer sentence's buffers
  // are reused for a shorter one (an opening attribution, then none).
  const Document doc = testing::make_doc(
      "According to Reuters, ByteDance, Alibaba and Tencent have received permission to buy 400,000 H200 GPUs. "
      "It paid $2 billion. Voltara Motors is now recalling 135,000 vehicles in North America. Acme hired 40.\n",
      std::nullopt);
  CHECK(check_binder_against_functions(doc) > 0);
}

TEST_CASE("a document binder reads the proper nouns of sentence openers as proper_nouns does, on random text",
          "[bind]") {
  // Sentences mostly open with a capitalised word, often followed by a
  // verb (never_lower decides then); the same words come again
  // mid-sentence, in lower case, with a possessive, after an opener, as
  // prefixes of other words and in headings. Words of one and two bytes,
  // and figures, so that sentences are bound.
  const std::vector<std::string> openers = {"Acme", "Bo", "X", "Third", "Zeta", "Ship", "The", "Acme's", "U.S."};
  const std::vector<std::string> verbs = {"has", "said", "rose"};
  const std::vector<std::string> others = {
      "acme", "bo",  "x",   "third", "zeta", "ship", "thirds",  "shipments", "Acmes", "Thirds", "Zetas", "ZETA",
      "Élan", "élan", "the", "and",   ",",    ":",    "\"",      "(",         "-",     "'s",     "40 chips", "$2 million",
      "12%",  "of",  "Inc", "Corp"};
  std::mt19937 rng(11);
  const auto pick = [&rng](const std::vector<std::string>& from) { return from[rng() % from.size()]; };
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int sentences = 1 + static_cast<int>(rng() % 8);
    for (int s = 0; s < sentences; ++s) {
      text += rng() % 4 == 0 ? pick(others) : pick(openers);
      if (rng() % 2 == 0) text += " " + pick(verbs);
      const int n = static_cast<int>(rng() % 8);
      for (int k = 0; k < n; ++k) {
        text += rng() % 8 == 0 ? "" : " ";
        text += rng() % 3 == 0 ? pick(openers) : pick(others);
      }
      // A heading is a line without a final stop, set apart.
      const int end = static_cast<int>(rng() % 6);
      text += end == 0 ? "\n\n" : end == 1 ? ".\n\n" : ". ";
    }
    text += "\n";
    const Document doc = testing::make_doc(text, std::nullopt);
    INFO(text);
    check_binder_against_functions(doc);
  }
}

TEST_CASE("a document binder finds a word written in lower case anywhere in a sentence of any length", "[bind]") {
  // "zeta" (or "z", or its possessive) after 0 to 40 bytes, so that it
  // falls at every place of a sixteen-byte block and in the last bytes of
  // sentences shorter and longer than one block; "Zeta has" opening the
  // bound sentence makes never_lower decide whether it is a name.
  for (const std::string word : {"zeta", "zeta's", "z"}) {
    for (int pad = 0; pad <= 40; ++pad) {
      for (const std::string end : {".", " rose."}) {
        std::string opener = word == "z" ? "Z" : "Zeta";
        const std::string text = opener + " has 40 chips. " + std::string(static_cast<std::size_t>(pad), 'a') +
                                 (pad % 3 == 0 ? " " : " b ") + word + end + "\n";
        const Document doc = testing::make_doc(text, std::nullopt);
        INFO(text);
        check_binder_against_functions(doc);
      }
    }
  }
}

TEST_CASE("what a change or a comparison is measured from is compared with nothing", "[bind]") {
  const std::vector<Claim> up = bind_text("Acme Corp said its sales rose to $12 million, up from $10 million previously.");
  CHECK(find(up, "$12 million").measure == "revenue");
  CHECK(find(up, "$10 million").measure.empty());
  // "from A to B": A has no measure, B takes the one A had.
  const std::vector<Claim> from_to = bind_text("Acme Corp sales rose from $10 million to $12 million.");
  CHECK(find(from_to, "$10 million").measure.empty());
  CHECK(find(from_to, "$12 million").measure == "revenue");
  const std::vector<Claim> compared = bind_text("Acme Corp employs 4,000 people, compared with 3,500 people previously.");
  CHECK(find(compared, "4,000 people").measure == "employee");
  CHECK(find(compared, "3,500 people").measure.empty());
  // A date of its own right after it: A keeps its measure and its year,
  // B its own; the nearest date is B's alone: A takes neither it nor a
  // measure (read through `extract`, which binds dates).
  const auto extracted = [](const std::string& text) {
    TempDir dir;
    dir.write("a.txt", text);
    std::map<std::string, nlohmann::json> out;
    std::istringstream lines(run_claimlint({"extract", "a.txt"}, dir.path()).out);
    for (std::string line; std::getline(lines, line);) {
      const nlohmann::json j = nlohmann::json::parse(line);
      out[j.at("text").get<std::string>()] = j;
    }
    return out;
  };
  auto years = extracted("Acme Corp sales rose from $10 million in 2024 to $12 million in 2025.\n");
  CHECK(years["$10 million"]["measure"] == "revenue");
  CHECK(years["$10 million"]["time"] == "2024");
  CHECK(years["$12 million"]["measure"] == "revenue");
  CHECK(years["$12 million"]["time"] == "2025");
  auto late = extracted("Acme Corp sales rose from $10 million to $12 million in 2025.\n");
  CHECK(late["$10 million"]["measure"].is_null());
  CHECK(late["$10 million"]["time"].is_null());
  CHECK(late["$12 million"]["measure"] == "revenue");
  CHECK(late["$12 million"]["time"] == "2025");
}

TEST_CASE("a period right after a figure is part of its measure, and adding is no level", "[bind]") {
  const std::vector<Claim> plan = bind_text("Brennick plans to spend $808 million over ten years.");
  CHECK(find(plan, "$808 million").measure == "amount to spend over 10 years");
  CHECK(bind_text("Brennick plans to spend $808 million.").front().measure == "amount to spend");
  const std::vector<Claim> added = bind_text("MarketLens had 28,500 employees. MarketLens added 600 staff in the quarter.");
  CHECK(find(added, "28,500 employees").predicate.empty());
  CHECK(find(added, "600 staff").predicate == "add");
  CHECK(claim_key(find(added, "28,500 employees")) != claim_key(find(added, "600 staff")));
}

TEST_CASE("a headcount right after a name's possessive is that name's, whatever verb comes before", "[bind]") {
  const std::vector<Claim> kept = bind_text("Vantor has pledged to protect the jobs of Moorline's 2,580 employees.");
  CHECK(find(kept, "2,580 employees").subjects == std::vector<std::string>{"Moorline"});
  CHECK(find(kept, "2,580 employees").predicate == "employ");
  // A verb that changes the workforce keeps the figure its own.
  const std::vector<Claim> cut = bind_text("Vantor will cut Moorline's 300 jobs.");
  CHECK(find(cut, "300 jobs").predicate != "employ");
}

TEST_CASE("the second figure of a proportion and a generic unit count nothing of their own", "[bind]") {
  const std::vector<Claim> en = bind_text("Acme Motors says one in four cars it sold was electric.");
  CHECK(find(en, "four cars").measure.empty());
  Document es_doc = make_doc("Iberca vende en 34 pa\xC3\xADses, y las exportaciones son dos de cada tres coches.",
                             std::nullopt, "es");
  const std::vector<Claim> es = claims_of(es_doc);
  CHECK(find(es, "tres coches").measure.empty());
  CHECK(find(es, "34 pa\xC3\xADses").measure == "pa\xC3\xADs");
  // "unidades" are chips only after a product code.
  Document units = make_doc("Los el\xC3\xA9" "ctricos sumaron 61.800 unidades, el 15 % del total.", std::nullopt, "es");
  const std::vector<Claim> u = claims_of(units);
  CHECK(find(u, "15 %").measure.empty());
}

TEST_CASE("a sentence adverb before a name is no part of it", "[bind]") {
  CHECK(find(bind_text("Later Acme Holdings said it employs 4,000 people."), "4,000 people").subjects ==
        std::vector<std::string>{"Acme Holdings"});
  CHECK(find(bind_text("Separately Halvern Motors said it employs 900 people."), "900 people").subjects ==
        std::vector<std::string>{"Halvern Motors"});
  // A word of the measures opening a sentence is a common noun, even where
  // the document never writes it in lower case.
  CHECK(find(bind_text("Costs are up 6.8% since 2019."), "6.8%").subjects.empty());
  // A preposition opening a sentence is no name.
  CHECK(find(bind_text("Of the 2,840 homes completed last year, 1,610 were sold."), "2,840 homes").subjects.empty());
}

TEST_CASE("a count glued before a noun keeps its measure only when that noun names the subject", "[bind]") {
  const std::vector<Claim> claims =
      bind_text("Harwick General Hospital will be a 486-bed hospital with a 300-seat lecture hall.");
  CHECK(find(claims, "486-bed").measure == "bed");
  CHECK(find(claims, "486-bed").subjects == std::vector<std::string>{"Harwick General Hospital"});
  CHECK(find(claims, "300-seat").measure.empty());
}

TEST_CASE("a tax band and a letter alone name no subject", "[bind]") {
  CHECK(find(bind_text("A Band D household will pay \u00a31,911.24 for council services from April."),
             "\u00a31,911.24")
            .subjects.empty());
  CHECK(find(bind_text("Residents in D will pay \u00a370 more."), "\u00a370").subjects.empty());
}

TEST_CASE("a workforce after to the X's is the X's headcount, and a saint's possessive goes on into a name", "[bind]") {
  const std::vector<Claim> claims = bind_text(
      "St Aldric's Hospital employs 4,260 staff. Chief executive Dr Samuel Brennock said the drive would add "
      "roughly 4% to the hospital's 4,620-strong workforce and reopen two wards.");
  CHECK(find(claims, "4,260 staff").subjects == std::vector<std::string>{"St Aldric's Hospital"});
  const Claim& workforce = find(claims, "4,620-strong workforce");
  CHECK(workforce.measure == "employee");
  CHECK(workforce.predicate == "employ");
  CHECK(workforce.anaphoric);  // "the hospital's": resolved in the document (see value-conflict tests)
  // "add 600 staff" is still a change.
  CHECK(find(bind_text("The hospital will add 600 staff."), "600 staff").predicate == "add");
  // A saint's possessive ends a name when no name follows it.
  CHECK(find(bind_text("St Mary's 300 nurses went on strike."), "300 nurses").subjects ==
        std::vector<std::string>{"St Mary"});
}

TEST_CASE("a count glued before a noun in an apposition to a name says what the name is", "[bind]") {
  const std::vector<Claim> approved = bind_text(
      "Councillors on Monday approved the club's plans for Fenmarrow Park, a 31,950-seat stadium on the rail yard.");
  const Claim& seats = find(approved, "31,950-seat");
  CHECK(seats.measure == "seat");
  CHECK(seats.subjects == std::vector<std::string>{"Fenmarrow Park"});
  CHECK(seats.predicate.empty());
  CHECK_FALSE(seats.time_days.has_value());
  const std::vector<Claim> begun =
      bind_text("Work began on Fenmarrow Park, Ostlebury Athletic's new 23,000-seat stadium.");
  CHECK(find(begun, "23,000-seat").subjects == std::vector<std::string>{"Fenmarrow Park"});
  CHECK(claim_key(find(begun, "23,000-seat")) == claim_key(seats));
  // Not an apposition: the hall is no name's.
  CHECK(find(bind_text("Harwick General Hospital will have a 300-seat lecture hall."), "300-seat").measure.empty());
}

TEST_CASE("a second reported clause after and that has its own modality and subject", "[bind]") {
  const std::vector<Claim> claims = bind_text(
      "Veltrane Cells is building a plant. Tomasz Wrenley said the higher bill would not affect the timetable, and "
      "that the group would still hire 1,850 workers.");
  const Claim& hired = find(claims, "1,850 workers");
  CHECK(hired.modality != Modality::negated);
  CHECK(hired.anaphoric);
  CHECK(hired.subjects != std::vector<std::string>{"Tomasz Wrenley"});
  // One clause: the negation holds.
  CHECK(find(bind_text("Tomasz Wrenley said the group would not hire 1,850 workers."), "1,850 workers").modality ==
        Modality::negated);
}

TEST_CASE("money before a grant from a name is that name's grant", "[bind]") {
  const std::vector<Claim> claims = bind_text(
      "The largest single award, a \u00a324.5m grant from the Aldermoor Foundation, will fund a new institute.");
  const Claim& grant = find(claims, "\u00a324.5m");
  CHECK(grant.measure == "grant");
  CHECK(grant.subjects == std::vector<std::string>{"Aldermoor Foundation"});
  const std::vector<Claim> quoted = bind_text(
      "Professor Helena Marchbank said the \u00a325.4m grant from the Aldermoor Foundation was a vote of confidence.");
  CHECK(claim_key(find(quoted, "\u00a325.4m")) == claim_key(grant));
  // No name after "from": the grant keeps the clause's subject.
  CHECK(find(bind_text("Acme Corp won a \u00a35m grant from the government."), "\u00a35m").subjects ==
        std::vector<std::string>{"Acme Corp"});
}

TEST_CASE("a combined figure is of every name coordinated before it", "[bind]") {
  const std::vector<Claim> claims = bind_text(
      "It now runs St Aidan's Hospital in Alderley and Feltham Vale General Hospital, with a combined 1,140 beds and "
      "9,300 staff.");
  const std::vector<std::string> both{"St Aidan's Hospital", "Feltham Vale General Hospital"};
  CHECK(find(claims, "1,140 beds").subjects == both);
  CHECK(find(claims, "9,300 staff").subjects == both);
  // Without the cue the figure stays with its name.
  CHECK(find(bind_text("St Aidan's Hospital in Alderley has 640 beds."), "640 beds").subjects ==
        std::vector<std::string>{"St Aidan's Hospital"});
  // "the combined trust" is no combined figure.
  CHECK(find(bind_text("Halden Health and Orbis Care merged, and the combined trust employs 9,300 staff."),
             "9,300 staff")
            .subjects != both);
}

TEST_CASE("a name that qualifies an apposition's noun is not the subject, and New opens a name", "[bind]") {
  const std::vector<Claim> claims = bind_text(
      "Harlan Capital Partners, the New York private equity firm that offered $41 a share in March, withdrew on "
      "April 21.");
  CHECK(find(claims, "$41").subjects == std::vector<std::string>{"Harlan Capital Partners"});
  CHECK(find(bind_text("Officials said Harlan Capital, a Boston firm, offered $41 a share."), "$41").subjects ==
        std::vector<std::string>{"Harlan Capital"});
  CHECK(find(bind_text("Officials said Harlan Capital, based in New York, offered $41 a share."), "$41").subjects ==
        std::vector<std::string>{"Harlan Capital"});
  // A verb after the name: the name is the subject after an attribution.
  CHECK(find(bind_text("According to Mia Holt, an analyst at Fenwick Securities, the National Transit Safety Office "
                       "carried out 878 inspections in 2020."),
             "878 inspections")
            .subjects == std::vector<std::string>{"National Transit Safety Office"});
  // An opening phrase of place is no name an apposition follows.
  CHECK(find(bind_text("In Tessaly, the Aurel e-bike employs 3,700 people."), "3,700 people").subjects ==
        std::vector<std::string>{"Aurel"});
}

TEST_CASE("a date after the figure a change is measured from is that figure's", "[bind]") {
  const std::vector<Claim> claims = claims_of(make_doc(
      "The scheme said it had now paid out about \xC2\xA3" "1.1m to 29 of the victims, up from more than \xC2\xA3"
      "800,000 at the time of the verdict in February.",
      std::string("2026-04-11")));
  const Claim& now = find(claims, "about \xC2\xA3" "1.1m");
  CHECK(now.time == "as of 2026-04-11");
  CHECK(now.time_is_update);
  CHECK(find(claims, "29").quantity.kind == QuantityKind::number);  // not £29
}

TEST_CASE("the sites after a name's possessive are what the name runs, over any period told after", "[bind]") {
  const std::vector<Claim> claims = bind_text(
      "Mercy Valley will invest $450 million across Keller Health's four hospitals over five years.");
  const Claim& hospitals = find(claims, "four hospitals");
  CHECK(hospitals.subjects == std::vector<std::string>{"Keller Health"});
  CHECK(hospitals.predicate == "operate");
  CHECK(hospitals.measure == "hospital");
  CHECK(hospitals.modality == Modality::plain);
  CHECK(claim_key(hospitals) ==
        claim_key(find(bind_text("The system would include Keller Health's three hospitals."), "three hospitals")));
}

TEST_CASE("a measure noun and 'of' right before money name it, whatever the sentence counts", "[bind]") {
  const std::vector<Claim> claims = claims_of(make_doc(
      "El FICMA ha contado este a\xC3\xB1o con un presupuesto de 1,2 millones de euros, con dos bodegas.",
      std::string("2026-03-12"), "es"));
  CHECK(find(claims, "1,2 millones de euros").measure == "budget");
  CHECK(find(bind_text("Acme agreed a budget of $5 million for 12 buses."), "$5 million").measure == "budget");
  // With no such noun, money beside a count is the value of what it counts.
  CHECK(find(bind_text("Acme paid $5 million for 12 trucks."), "$5 million").measure == "value of truck");
}

TEST_CASE("money told per item is the price of one, no value of them all", "[bind]") {
  const std::vector<Claim> paid = bind_text("Acme paid $10 billion for 400,000 chips, or $25,000 a chip.");
  CHECK(find(paid, "$10 billion").measure == "value of chip");
  CHECK(find(paid, "$25,000").measure == "price of chip");
  const std::vector<Claim> aside =
      bind_text("Acme set aside $320 million, about $85,000 for each of the 2,400 workers.");
  CHECK(find(aside, "$320 million").measure == "value of employee");
  CHECK(find(aside, "about $85,000").measure == "price of employee");
  CHECK(find(bind_text("Acme paid $642,000 to 1,400 families, $420 per family."), "$420").measure ==
        "price of family");
  // A rate of time, or of something the sentence does not count, is none.
  CHECK(find(bind_text("Acme will pay $2 million a year for 12 trucks."), "$2 million").measure == "value of truck");
}

TEST_CASE("a count told as a lead, gap or margin is the margin, no count itself", "[bind]") {
  CHECK(find(bind_text("Labor holds a 1,054-vote lead."), "1,054-vote").measure == "margin in vote");
  CHECK(find(bind_text("They cannot close the 1,504-vote gap."), "1,504-vote").measure == "margin in vote");
  CHECK(find(bind_text("Her lead over the Liberal candidate stood at 1,054 votes."), "1,054 votes").measure ==
        "margin in vote");
  CHECK(find(bind_text("Labor won 17,420 votes."), "17,420 votes").measure == "vote");
  CHECK(find(bind_text("She won with a majority of 1,054 votes."), "1,054 votes").measure == "margin in vote");
  CHECK(find(bind_text("The majority of 400 workers backed the deal."), "400 workers").measure == "employee");
  // A lead in another clause says nothing of the count.
  CHECK(find(bind_text("Labor extended its lead, winning 17,420 votes."), "17,420 votes").measure == "vote");
}

TEST_CASE("a figure after a name's noun and 'of' is the name's", "[bind]") {
  CHECK(find(bind_text("Harlan Capital offered $41 a share, topping Calloway Foods' agreed offer of $36.50 a share."),
             "$36.50")
            .subjects == std::vector<std::string>{"Calloway Foods"});
  CHECK(find(bind_text("Harlan Capital offered $41 a share."), "$41").subjects ==
        std::vector<std::string>{"Harlan Capital"});
}

TEST_CASE("Spanish: a prison sentence is of the person named after 'al', a hope in the subjunctive a forecast",
          "[bind]") {
  const auto bind_es = [](const std::string& text) {
    return claims_of(make_doc(text, std::string("2026-02-03"), "es"));
  };
  CHECK(find(bind_es("La Audiencia Provincial condena a tres a\xC3\xB1os de prisi\xC3\xB3n al empresario Tom\xC3\xA1s Gil."),
             "tres a\xC3\xB1os")
            .subjects == std::vector<std::string>{"Tom\xC3\xA1s Gil"});
  CHECK(find(bind_es("El Ministerio conf\xC3\xAD" "a en que Espa\xC3\xB1" "a supere los 100 millones de turistas este "
                     "a\xC3\xB1o."),
             "100 millones de turistas")
            .modality == Modality::forecast);
}

TEST_CASE("the level a change's percentage leads to takes the percentage's measure", "[bind]") {
  const std::vector<Claim> claims = bind_text("Westgate's revenue rose 3 per cent to $4.2 billion in the half.");
  CHECK(find(claims, "3 per cent").measure == "revenue");
  CHECK(find(claims, "$4.2 billion").measure == "revenue");
  CHECK(find(bind_text("Iron ore shipments rose 3 per cent to 71.4 million tonnes."), "71.4 million tonnes").measure ==
        "shipment");
  CHECK(find(claims_of(make_doc("Los ingresos del grupo crecieron un 3 % hasta 4.200 millones de euros.", std::nullopt,
                                "es")),
             "4.200 millones de euros")
            .measure == "revenue");
  // No verb of a change before the percentage: no level of it.
  CHECK(find(bind_text("Revenue was 3 per cent of the total, against $4.2 billion in grants."), "$4.2 billion")
            .measure != "revenue");
}

TEST_CASE("a figure opening the sentence after 'at' is of the noun the clause after it names", "[bind]") {
  CHECK(find(bind_text("At 74.1 million tonnes, the half's shipments were a record."), "74.1 million tonnes").measure ==
        "shipment");
  CHECK(find(bind_text("At 74.1 million tonnes, it was a record."), "74.1 million tonnes").measure.empty());
}

TEST_CASE("a preposition opening a sentence is no name, though never written in lower case", "[bind]") {
  for (const char* text : {"Without the 124 grants we got, none of this would have happened.",
                           "Throughout the 14 weeks, 310 volunteers helped.", "Beyond the 40 staff, 12 came."}) {
    INFO(text);
    for (const Claim& c : bind_text(text)) CHECK(c.subjects.empty());
  }
}

TEST_CASE("'22 of the council's 48 seats': the whole is the possessor's, not the clause subject's", "[bind]") {
  const std::vector<Claim> claims =
      bind_text("The Liberal Democrats won 22 of the council's 48 seats. Labour won 9 of its 40 wards.");
  CHECK(find(claims, "22").subjects == std::vector<std::string>{"Liberal Democrats"});
  CHECK(find(claims, "48 seats").subjects.empty());
  CHECK(find(claims, "40 wards").subjects.empty());
}

TEST_CASE("a negation in a relative clause before the figure's own verb of change is not the figure's", "[bind]") {
  CHECK(find(bind_text("The share of patients who left without being seen rose to 11.8 per cent."), "11.8 per cent")
            .modality == Modality::plain);
  // The relative clause's own figure stays denied.
  CHECK(find(bind_text("Acme, which did not hire 400 workers, closed."), "400 workers").modality ==
        Modality::negated);
}

TEST_CASE("a dash after a figure opens its breakdown: the dates after it are the parts'", "[bind]") {
  // (Read through the pipeline, which resolves the months against the
  // story's date.)
  TempDir dir;
  dir.write("d.txt", "The city has called 23 plow-outs \xE2\x80\x94 three in November and four in February.\n");
  const std::string out = run_claimlint({"extract", "--date", "2026-03-01", "d.txt"}, dir.path()).out;
  CHECK(out.find("\"text\":\"23 plow-outs\"") != std::string::npos);
  CHECK(out.find("\"text\":\"23 plow-outs\",\"kind\"") != std::string::npos);
  CHECK(out.find("\"time\":\"2025-11\"") != std::string::npos);
  const std::size_t total = out.find("\"text\":\"23 plow-outs\"");
  CHECK(out.substr(total, out.find('\n', total) - total).find("\"time\":null") != std::string::npos);
}

TEST_CASE("a date right after another figure is that figure's ('closer to $45,000 three years ago')", "[bind]") {
  TempDir dir;
  dir.write("h.txt", "In August, the builder paid $5.8 million for 84 lots, or $62,500 per lot, a price it said would "
                     "have been closer to $45,000 three years ago.\n");
  const std::string out = run_claimlint({"extract", "--date", "2026-10-21", "h.txt"}, dir.path()).out;
  CHECK(claim_line(out, "$62,500").find("\"time\":\"2026-08\"") != std::string::npos);
  CHECK(claim_line(out, "$45,000").find("\"time\":\"2023\"") != std::string::npos);
}

TEST_CASE("a word opening a quotation is a sentence's first word, no name by its capital", "[bind]") {
  const std::vector<Claim> claims =
      bind_text("\"Demand from utilities has been steady, and our order book of 1,870 contracts gives us visibility,\" "
                "the director said.");
  CHECK(find(claims, "1,870 contracts").subjects.empty());
  // A name opening a quotation is still one.
  const std::vector<Claim> named = bind_text("\"Acme Corp hired 1,200 engineers last year,\" the director said.");
  CHECK(find(named, "1,200 engineers").subjects == std::vector<std::string>{"Acme Corp"});
}

TEST_CASE("a person reporting a sum of money is not whose it is, unless of themselves", "[bind]") {
  // (The claims are held: find() returns a reference into them.)
  const std::vector<Claim> reported =
      bind_text("Mayor Tom Wikaira said the $12.4m project was the biggest investment in the airport.");
  const Claim& project = find(reported, "$12.4m");
  CHECK(project.subjects != std::vector<std::string>{"Mayor Tom Wikaira"});
  CHECK(project.reported);
  const std::vector<Claim> of_self = bind_text("Mayor Tom Wikaira said he earned $120,000 last year.");
  CHECK(find(of_self, "$120,000").subjects == std::vector<std::string>{"Mayor Tom Wikaira"});
  // Nor the things a person speaks of: whose they are is not said.
  const std::vector<Claim> spoken =
      bind_text("Supervisor Elena Marsh said the 621 structures destroyed would take years to rebuild.");
  const Claim& things = find(spoken, "621 structures");
  CHECK(things.subjects.empty());
  CHECK_FALSE(things.anaphoric);
  // An amount in a unit too, and one who speaks for an organisation
  // named after "of" or "at".
  const std::vector<Claim> teu = bind_text("Analyst Funmilayo Adeyemi of the Gulf of Guinea Logistics Institute said "
                                           "the 481,600 TEUs handled last year placed Oyan Bay among the busiest.");
  CHECK(find(teu, "481,600 TEUs").subjects.empty());
  const std::vector<Claim> at = bind_text("Analyst Funmilayo Adeyemi at Harbourline Research said the 4,120 "
                                          "containers were a record.");
  CHECK(find(at, "4,120 containers").subjects.empty());
  // A company that speaks of its own things keeps them.
  const std::vector<Claim> own = bind_text("Harbourline Shipping of Lagos said the 4,120 containers were a record.");
  CHECK(find(own, "4,120 containers").subjects == std::vector<std::string>{"Harbourline Shipping"});
}

TEST_CASE("a date in a clause of 'since' after a figure is no time of the figure's", "[bind]") {
  TempDir dir;
  dir.write("s.txt", "The $12.4m project was the biggest investment in the airport since the terminal was rebuilt in "
                     "2011.\n\nThe $8.1m project was approved in 2011.\n");
  const std::string out = run_claimlint({"extract", "--date", "2026-07-16", "s.txt"}, dir.path()).out;
  CHECK(claim_line(out, "$12.4m").find("\"time\":null") != std::string::npos);
  CHECK(claim_line(out, "$8.1m").find("\"time\":\"2011\"") != std::string::npos);
}

TEST_CASE("a date of the noun after 'from the' is no time of the figure's", "[bind]") {
  TempDir dir;
  dir.write("s.txt", "About 2,410 farms were still carrying debt from the lean payouts of 2023.\n\n"
                     "About 1,200 farms were sold in the spring of 2023.\n\n"
                     "Some 980 farms were carrying debt from 2023.\n");
  const std::string out = run_claimlint({"extract", "--date", "2026-07-16", "s.txt"}, dir.path()).out;
  CHECK(claim_line(out, "About 2,410 farms").find("\"time\":null") != std::string::npos);
  CHECK(claim_line(out, "About 1,200 farms").find("\"time\":\"2023") != std::string::npos);
  CHECK(claim_line(out, "Some 980 farms").find("\"time\":\"2023\"") != std::string::npos);
}

TEST_CASE("a date after 'and', a verb and 'that' is of the other clause", "[bind]") {
  TempDir dir;
  dir.write("s.txt", "Union leader Raul Ortega said the 8,142 workers covered had won back some ground and recalled "
                     "that 9,000 workers were covered in 2025.\n");
  const std::string out = run_claimlint({"extract", "--date", "2026-07-16", "s.txt"}, dir.path()).out;
  CHECK(claim_line(out, "8,142 workers").find("\"time\":null") != std::string::npos);
  CHECK(claim_line(out, "9,000 workers").find("\"time\":\"2025\"") != std::string::npos);
}

TEST_CASE("money after a verb of a level and 'at' is of the clause subject's noun", "[bind]") {
  CHECK(find(bind_text("Capital expenditure guidance for the full financial year was kept at $6.8 billion."),
             "$6.8 billion")
            .measure == "budget");
  CHECK(find(bind_text("The deal was valued at $4 billion."), "$4 billion").measure == "deal");
  // Without such a verb the subject's noun is too far.
  CHECK(find(bind_text("Capital expenditure guidance for the full financial year went to $6.8 billion."),
             "$6.8 billion")
            .measure != "budget");
}

TEST_CASE("a figure right after 'claimed' is what was taken, unless a verb makes it a claim's subject", "[bind]") {
  CHECK(find(bind_text("The seamers claimed 26 wickets in the series."), "26 wickets").modality == Modality::plain);
  CHECK(find(bind_text("The company claimed 26 wickets were lost."), "26 wickets").modality == Modality::disputed);
  CHECK(find(bind_text("He claimed 400 people attended."), "400 people").modality == Modality::disputed);
}

TEST_CASE("'sin' and a noun leave a figure in a state, 'sin' and a verb deny it", "[bind]") {
  const auto bind_es = [](const std::string& text) { return claims_of(make_doc(text, std::nullopt, "es")); };
  CHECK(find(bind_es("El plan dej\xC3\xB3 sin servicio durante 14 horas al d\xC3\xAD" "a a 412.000 usuarios."),
             "412.000 usuarios")
            .modality == Modality::plain);
  CHECK(find(bind_es("La empresa creci\xC3\xB3 sin despedir a 400 empleados."), "400 empleados").modality ==
        Modality::negated);
}

TEST_CASE("a word of a name of several words is no verb of the figure", "[bind]") {
  const std::vector<Claim> claims = bind_text("Tandaa Pay revenue rose to KSh 142.6 billion from KSh 124.3 billion.");
  const Claim& c = find(claims, "KSh 142.6 billion");
  CHECK(c.predicate.empty());
  CHECK(c.measure.find("pay") == std::string::npos);
  // A verb after the name still is.
  CHECK(find(bind_text("Tandaa Pay paid KSh 2.1 billion in fees."), "KSh 2.1 billion").predicate == "pay");
}

TEST_CASE("money per share is of one share, named by its measure noun", "[bind]") {
  const std::vector<Claim> claims =
      bind_text("Harbor Foods declared a final dividend of $1.42 per share, a total payout of $48.2 million.");
  CHECK(find(claims, "$1.42").measure == "dividend per share");
  CHECK(find(claims, "$48.2 million").measure == "dividend");
  CHECK(find(bind_text("The $1.24-per-share dividend was its largest."), "$1.24").measure == "dividend per share");
  CHECK(find(bind_text("It earned $1.07 a share."), "$1.07").measure == "amount per share");
  CHECK(find(claims_of(make_doc("Repartir\xC3\xA1 un dividendo de 0,42 euros por acci\xC3\xB3n.", std::nullopt, "es")),
             "0,42 euros")
            .measure == "dividend per share");
}

TEST_CASE("a noun after a preposition then 'and' or a comma is the list's part before, no measure of the figure after",
          "[bind]") {
  const std::vector<Claim> claims = bind_text("The plan gives $1.3 billion for debt and $2.1 billion for transit.");
  CHECK(find(claims, "$2.1 billion").measure == "amount to pay on transit");
  const std::vector<Claim> listed = bind_text("It set $1.3 billion for debt, $2.1 billion for transit.");
  CHECK(find(listed, "$2.1 billion").measure != "debt");
  // Without the list's "and", the noun before still names the figure.
  const std::vector<Claim> plain = bind_text("The city cut its debt to $2.1 billion.");
  CHECK(find(plain, "$2.1 billion").measure == "debt");
  const std::vector<Claim> of = bind_text("It holds $4 billion in loans and debt of $2.1 billion.");
  CHECK(find(of, "$2.1 billion").measure == "debt");
}

TEST_CASE("the subject of a level 'stood at' names money whatever the sentence counts", "[bind]") {
  const std::vector<Claim> claims =
      bind_text("The forward order book stood at \xC2\xA3" "1.42bn on 31 August, equivalent to about 4,300 homes.");
  CHECK(find(claims, "\xC2\xA3" "1.42bn").measure == "deal");
  // Without a level's verb, money beside a count is the value of what it
  // counts.
  const std::vector<Claim> valued = bind_text("The council paid \xC2\xA3" "1.42bn for about 4,300 homes.");
  CHECK(find(valued, "\xC2\xA3" "1.42bn").measure == "value of home");
}

TEST_CASE("the sign of a currency written as a word is part of its figure, no name", "[bind]") {
  const std::vector<Claim> claims =
      bind_text("Capital expenditure of Rs 2,760 crore is split between roads (Rs 940 crore), drains (Rs 410 crore) "
                "and solid waste management (Rs 215 crore).");
  CHECK(find(claims, "Rs 410 crore").subjects.empty());
  CHECK(find(claims, "Rs 215 crore").subjects.empty());
  // A name beside a figure is still one.
  const std::vector<Claim> named = bind_text("Tarangini Systems earned Rs 410 crore in the quarter.");
  CHECK(find(named, "Rs 410 crore").subjects == std::vector<std::string>{"Tarangini Systems"});
}

TEST_CASE("the subject of a level 'stood at' names a bare number", "[bind]") {
  const std::vector<Claim> claims = bind_text("Headcount stood at 1,46,320 at the end of June.");
  CHECK(find(claims, "1,46,320").measure == "employee");
  // Without a level's verb, a bare number names nothing.
  const std::vector<Claim> bare = bind_text("Headcount rose by 1,46,320 at the end of June.");
  CHECK(find(bare, "1,46,320").measure.empty());
}

TEST_CASE("a speaker named with an accented capital, in an apposition, reports what Spanish 'que' tells", "[bind]") {
  const std::vector<Claim> claims = claims_of(make_doc(
      "Su director general, \xC3\x8D\xC3\xB1igo Barrenetxea, record\xC3\xB3 que los 634.000 TEU de Muelle Sur "
      "suponen ya el 92% de su capacidad.",
      std::nullopt, "es"));
  CHECK(find(claims, "634.000 TEU").subjects.empty());
  // The name is read whole, its accented capital too.
  CHECK(find(claims, "92%").subjects == std::vector<std::string>{"\xC3\x8D\xC3\xB1igo Barrenetxea"});
  const std::vector<Claim> en =
      bind_text("Its director, Jane Okafor, said the 634,000 TEU handled at the south quay were a record.");
  CHECK(find(en, "634,000 TEU").subjects.empty());
}

TEST_CASE("the subject of a verb of reaching right before money names it, far as it stands", "[bind]") {
  const std::vector<Claim> claims =
      bind_text("The value of transactions moved on the platform during the year reached KSh 6.42 trillion.");
  CHECK(find(claims, "KSh 6.42 trillion").measure == "deal");
  // Another verb names nothing from afar.
  const std::vector<Claim> other =
      bind_text("The value of transactions moved on the platform during the year passed KSh 6.42 trillion.");
  CHECK(find(other, "KSh 6.42 trillion").measure != "deal");
}

TEST_CASE("the noun money qualifies after a determiner names it whatever the sentence counts", "[bind]") {
  const std::vector<Claim> claims = bind_text(
      "Pretorius said the R34.8-million loss would have forced the club to cut its squad from 42 to 32 players.");
  CHECK(find(claims, "R34.8-million").measure == "loss");
  // Without a determiner, the money is the value of what is counted.
  CHECK(find(bind_text("The club paid R34.8-million for 32 players."), "R34.8-million").measure == "value of player");
}
