// Tests for segment/segmenter: paragraphs and ICU sentence segmentation.
#include "segment/segmenter.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "normalize/normalizer.h"
#include "support/xorshift.h"

using namespace claimlint;

namespace {

std::vector<std::string> sentences(std::string_view text, std::string_view lang = "en") {
  std::vector<std::string> out;
  for (const ByteRange& r : split_sentences(text, lang)) out.emplace_back(text.substr(r.begin, r.size()));
  return out;
}

Document document(std::string_view original, std::string lang = "en") {
  Document doc;
  NormalizeResult n = normalize(original);
  doc.text = std::move(n.text);
  doc.map.push(std::move(n.map));
  doc.meta.lang = std::move(lang);
  segment_paragraphs(doc);
  segment_sentences(doc);
  return doc;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("sentences split at sentence ends", "[segment]") {
  using V = std::vector<std::string>;
  CHECK(sentences("Sales rose. Profits fell! Why? Nobody knows.") ==
        V{"Sales rose.", "Profits fell!", "Why?", "Nobody knows."});
  CHECK(sentences("He said, \"It is done.\" Then he left.") == V{"He said, \"It is done.\"", "Then he left."});
  CHECK(sentences("No end punctuation") == V{"No end punctuation"});
  CHECK(sentences("").empty());
  CHECK(sentences("   ").empty());
}

TEST_CASE("sentence offsets stay in bytes around non-ASCII, astral and bad bytes", "[segment]") {
  using V = std::vector<std::string>;
  // Two- three- and four-byte characters before a break: the ranges are
  // byte ranges of the UTF-8 text, whatever ICU counts in.
  CHECK(sentences("Caf\xC3\xA9 \xE2\x82\xAC" "5 \xF0\x9F\x98\x80 up. \xC3\x89l dijo \xF0\x9F\x98\x80. Fin.", "es") ==
        V{"Caf\xC3\xA9 \xE2\x82\xAC" "5 \xF0\x9F\x98\x80 up.", "\xC3\x89l dijo \xF0\x9F\x98\x80.", "Fin."});
  // A bad byte: the same sentences as its clean twin.
  CHECK(sentences("Bad \xFF byte here. Next one.") == V{"Bad \xFF byte here.", "Next one."});
  // A paragraph past the widening limit splits as a short one does.
  std::string huge;
  const std::string unit = "Prices rose 5% in \xC3\x89vora \xF0\x9F\x98\x80. Mr. Smith left.\nThen ";
  while (huge.size() <= (std::size_t{1} << 20)) huge += unit;
  huge += "end.";
  const V parts = sentences(huge);
  REQUIRE(parts.size() == (huge.size() / unit.size()) * 2 + 1);
  CHECK(parts[0] == "Prices rose 5% in \xC3\x89vora \xF0\x9F\x98\x80.");
  for (std::size_t i = 1; i + 2 < parts.size(); i += 2) {
    INFO("sentence " << i);
    REQUIRE(parts[i] == "Mr. Smith left.");
    REQUIRE(parts[i + 1] == "Then Prices rose 5% in \xC3\x89vora \xF0\x9F\x98\x80.");
  }
  CHECK(parts.back() == "Then end.");
}

TEST_CASE("sentences do not end at abbreviations", "[segment]") {
  using V = std::vector<std::string>;
  struct Case {
    std::string_view text;
    std::string_view lang;
    V expected;
  };
  const Case cases[] = {
      {"The U.S. government allowed the sales. Orders followed.", "en",
       {"The U.S. government allowed the sales.", "Orders followed."}},
      {"It was announced by the U.S. President on Dec. 8 in Washington. Shares rose.", "en",
       {"It was announced by the U.S. President on Dec. 8 in Washington.", "Shares rose."}},
      {"Shipments began Jan. 5. Orders followed.", "en", {"Shipments began Jan. 5.", "Orders followed."}},
      {"Mr. Huang met Dr. Li on St. James Street. They agreed.", "en",
       {"Mr. Huang met Dr. Li on St. James Street.", "They agreed."}},
      {"The chip ranked No. 2 in sales. Orders rose.", "en", {"The chip ranked No. 2 in sales.", "Orders rose."}},
      {"Prices rose approx. 5% this year. Costs fell.", "en", {"Prices rose approx. 5% this year.", "Costs fell."}},
      {"Acme Inc. and Widget Co. Ltd. signed. It closed.", "en",
       {"Acme Inc. and Widget Co. Ltd. signed.", "It closed."}},
      {"Sales in the U.K. rose, e.g. in London, i.e. the capital. Next.", "en",
       {"Sales in the U.K. rose, e.g. in London, i.e. the capital.", "Next."}},
      {"It was Nvidia vs. AMD all year. Then it ended.", "en", {"It was Nvidia vs. AMD all year.", "Then it ended."}},
      {"Jensen H. Huang spoke. Then he left.", "en", {"Jensen H. Huang spoke.", "Then he left."}},
      {"El Sr. García habló con la Sra. López. Luego se fue.", "es",
       {"El Sr. García habló con la Sra. López.", "Luego se fue."}},
      {"Las ventas en EE.UU. crecieron aprox. 5 %. Fin del informe.", "es",
       {"Las ventas en EE.UU. crecieron aprox. 5 %.", "Fin del informe."}},
      // "ago." (agosto) only before a number: "a year ago." ends a sentence.
      {"Sales fell from a year ago. The drop was small.", "en", {"Sales fell from a year ago.", "The drop was small."}},
      {"Se firm\xC3\xB3 el 15 ago. 2025 en Madrid. Luego se fue.", "es",
       {"Se firm\xC3\xB3 el 15 ago. 2025 en Madrid.", "Luego se fue."}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(sentences(c.text, c.lang) == c.expected);
  }
}

TEST_CASE("sentences are trimmed and line breaks inside a paragraph are spaces", "[segment]") {
  const std::string text = "  First one.   Second one.  ";
  const std::vector<ByteRange> r = split_sentences(text, "en");
  REQUIRE(r.size() == 2);
  CHECK(r[0] == ByteRange{2, 12});
  CHECK(r[1] == ByteRange{15, 26});
  CHECK(sentences("A wrapped\nline ends here. Next one.") ==
        std::vector<std::string>{"A wrapped\nline ends here.", "Next one."});
}

TEST_CASE("segment_sentences works per paragraph and skips excluded ones", "[segment]") {
  Document doc;
  doc.text = "Title line\n\nOne. Two.\n\nLog in to read more.\n\nThree.";
  segment_paragraphs(doc);
  REQUIRE(doc.paragraphs.size() == 4);
  doc.paragraphs[2].excluded = true;
  segment_sentences(doc);
  std::vector<std::string> got;
  for (const Sentence& s : doc.sentences) {
    got.emplace_back(doc.view(s.range));
    CHECK(doc.paragraphs[s.paragraph].range.contains(s.range));
  }
  CHECK(got == std::vector<std::string>{"Title line", "One.", "Two.", "Three."});
  CHECK(doc.sentences[3].paragraph == 3);
}

TEST_CASE("unknown languages still segment", "[segment]") {
  CHECK(sentences("Eins. Zwei.", "xx") == std::vector<std::string>{"Eins.", "Zwei."});
}

TEST_CASE("seed stories keep one paragraph per line and whole sentences", "[segment][seeds]") {
  const std::filesystem::path dir = CLAIMLINT_SOURCE_DIR "/../shared/seeds";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    WARN("seed directory " << dir << " is absent; skipping");
    return;
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(!files.empty());
  std::vector<std::string> all;
  for (const auto& path : files) {
    const std::string bytes = read_file(path);
    const Document doc = document(bytes);
    std::size_t lines = 0;
    std::istringstream in(bytes);
    for (std::string line; std::getline(in, line);) {
      if (line.find_first_not_of(" \t\r") != std::string::npos) ++lines;
    }
    INFO(path);
    CHECK(doc.paragraphs.size() == lines);
    for (const Sentence& s : doc.sentences) {
      all.emplace_back(doc.view(s.range));
      // Every sentence maps back inside its file.
      CHECK(doc.original(s.range).bytes.end <= bytes.size());
    }
  }
  const std::string expected[] = {
      "However, this approval comes with the stipulation that 25% of each sale proceeds must be remitted to "
      "the U.S. government.",
      "Nvidia is authorized to sell its H200 chips to \"approved customers\" in China and other regions, as "
      "announced by the U.S. President on December 8.",
      "In 2023, Nvidia introduced the H20 chip following a U.S. government ban on selling more advanced chips "
      "to China.",
      "This situation makes high-performance AI chips a focal point in the technology race between Washington "
      "and Beijing.",
      "According to Reuters, ByteDance, Alibaba, and Tencent have also received permission from Beijing to buy "
      "400,000 H200 GPUs.",
  };
  for (const std::string& e : expected) {
    INFO(e);
    CHECK(std::find(all.begin(), all.end(), e) != all.end());
  }
  // "U.S. policymakers..." starts its own sentence after "...Beijing."
  CHECK(std::any_of(all.begin(), all.end(),
                    [](const std::string& s) { return s.starts_with("U.S. policymakers are caught between"); }));
}

TEST_CASE("the ASCII fast path breaks where ICU's filtered iterator does", "[segment]") {
  // Breaks before k_abbreviations, so ICU's own suppressions show: "Mr."
  // and "e.g." hold; "U.S." before "Army" does not, as the forward trie
  // also holds "U.S.A." and ICU reads on past the space.
  struct Case {
    std::string_view text;
    std::string_view lang;
    std::vector<std::size_t> breaks;
  };
  const Case cases[] = {
      {"Mr. Smith left. He came back.", "en", {16, 29}},
      {"The U.S. Army left. It rained.", "en", {9, 20, 30}},
      {"He lives in the U.S. He left.", "en", {21, 29}},
      {"Prof. Ng met a Ph.D. student. Then lunch.", "en", {30, 41}},
      {"See e.g. the report. It is long.", "en", {21, 32}},
      {"It rose. \"Why?\" he asked. (Nobody knew.) Then it fell.", "en", {9, 16, 26, 41, 54}},
      {"What?! No way. Really?! Yes.", "en", {7, 15, 24, 28}},
      {"Wait... What happened... nothing. Then.", "en", {8, 34, 39}},
      {"It cost 3.5 million. Version 2.0 shipped.", "en", {21, 41}},
      {"It ended. then it started. Again.", "en", {27, 33}},
      {"It is done.'' Then 'this.' Next; and: more.", "en", {14, 27, 43}},
      {"One.  Two.\tThree.", "en", {6, 11, 17}},
      {"End at eol.\nNext line.", "en", {12, 22}},
      {"No terminator at all", "en", {20}},
      // Left to ICU: a language ICU does not know, non-ASCII text, a
      // carriage return.
      {"Eins. Zwei.", "xx", {6, 11}},
      {"Caf\xC3\xA9 is open. It is late.", "en", {15, 26}},
      // The fast path has found breaks before the character it leaves to ICU.
      {"One. Two. Caf\xC3\xA9.", "en", {5, 10, 16}},
      {"Carriage.\rReturn. Here.", "en", {10, 18, 23}},
      {"La Sra. L\xC3\xB3pez lleg\xC3\xB3. Luego se fue.", "es", {23, 36}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(sentence_breaks(c.text, c.lang) == c.breaks);
    CHECK(sentence_breaks(c.text, c.lang, true) == c.breaks);
    const bool ascii = c.lang != "xx" &&
                       std::all_of(c.text.begin(), c.text.end(), [](char ch) { return ch > 0 && ch != '\r'; });
    const std::optional<std::vector<std::size_t>> fast = ascii_sentence_breaks(c.text, c.lang);
    CHECK(fast.has_value() == ascii);
    if (fast) CHECK(*fast == c.breaks);
  }
}

TEST_CASE("the ASCII fast path agrees with ICU on random text", "[segment]") {
  // Pieces chosen for the rules' corners: terminators in runs, closing
  // quotes and brackets, digits and letters after '.', and abbreviations
  // from ICU's lists whole and in part ("U.S" then "."), in languages with
  // and without suppression data.
  const std::string_view pieces[] = {
      ". ", "..", "...", "?!", "!", "?", ".", "\"", "'", "(", ")", "[", "]", "{", "}", "0", "42", "3.5",
      "U.S.", "U.S", "Mr.", "Mrs.", "e.g.", "i.e.", "Ph.D.", "a.m.", "No.", "St.", "Dr.", "Jan.", "Inc.",
      "U.K.", "S.", "A.", "B.C.", "The", "the", "A", "a", "Z", "lower", "Upper", ",", ";", ":", "-",
      " ", " ", "  ", "\t", "\n", "\r", "#", "%", "/", "Sr.", "Sra.", "EE.UU.", "aprox.", "Lic."};
  const std::string_view langs[] = {"en", "es", "de", "fr", "xx"};
  testing::XorShift random(0x9E3779B97F4A7C15u);
  const auto next = [&random](std::size_t bound) { return random.below(bound); };
  int taken = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const std::size_t length = 1 + next(12);
    for (std::size_t i = 0; i < length; ++i) text += pieces[next(std::size(pieces))];
    const std::string_view lang = langs[next(std::size(langs))];
    INFO(lang << ": " << text);
    const std::vector<std::size_t> icu = sentence_breaks(text, lang, true);
    if (const std::optional<std::vector<std::size_t>> fast = ascii_sentence_breaks(text, lang)) {
      ++taken;
      REQUIRE(*fast == icu);
    }
    REQUIRE(sentence_breaks(text, lang) == icu);
  }
  // Most of the text is the fast path's to split ("\r" sends the rest to ICU).
  CHECK(taken > 10000);
}

TEST_CASE("a US state abbreviation ends no sentence before a dateline's agency or dash", "[segment]") {
  const std::vector<std::string> wire =
      sentences("SILVER RIDGE, Colo. (AP) \u2014 Halvorsen said Tuesday that its profit rose. It grew.");
  REQUIRE(wire.size() == 2);
  CHECK(wire[0].starts_with("SILVER RIDGE, Colo. (AP) \u2014 Halvorsen said"));
  CHECK(sentences("DENVER, Colo. - Halvorsen said Tuesday that its profit rose.").size() == 1);
  // Before a new sentence it is a sentence end.
  CHECK(sentences("The plant is in Boulder, Colo. The company said it would close.").size() == 2);
}
