// Tests for cli/pipeline front_end: which document checks run for which
// command.
#include "cli/pipeline.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "cli/settings.h"
#include "source/source_manager.h"
#include "support/doc_case.h"

using namespace claimlint;

namespace {

bool has_check(const DocumentResult& r, std::string_view check) {
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const Diagnostic& d) { return d.check == check; });
}

}  // namespace

TEST_CASE("extract's front end skips the checks whose findings it never prints, and binds the same claims",
          "[cli]") {
  FileSettings settings;
  settings.rules = &testing::builtin();
  settings.input_format = InputFormat::plain;
  SourceManager sources;
  // A change whose percentage is wrong and a weekday that does not match
  // its date: one arithmetic and one date finding; the repeated paragraph
  // is found in both modes, since it decides what is analysed.
  const std::string para = "Ferry traffic at the harbor rose 25% from 1.6 million to 2.4 million passengers.\n\n";
  const SourceFile& file = sources.add(
      "story.txt", "Date: 2025-03-04\n\n" + para + "The council met on Friday, March 4, 2025.\n\n" + para);
  const InputFile input{1, &file, &settings, false};

  const DocumentResult all = front_end(input, false, Findings::all);
  const DocumentResult analysis = front_end(input, false, Findings::analysis);
  INFO(all.diagnostics.size());
  CHECK(has_check(all, "percent-change"));
  CHECK(has_check(all, "weekday-mismatch"));
  CHECK(has_check(all, "duplicate-passage"));
  CHECK_FALSE(has_check(analysis, "percent-change"));
  CHECK_FALSE(has_check(analysis, "weekday-mismatch"));
  CHECK(has_check(analysis, "duplicate-passage"));
  REQUIRE(all.claims.size() == analysis.claims.size());
  CHECK_FALSE(all.claims.empty());
  for (std::size_t i = 0; i < all.claims.size(); ++i) {
    CHECK(all.claims[i].range == analysis.claims[i].range);
    CHECK(all.claims[i].quantity.value == analysis.claims[i].quantity.value);
    CHECK(all.claims[i].measure == analysis.claims[i].measure);
  }
}

namespace {

// The kind and unit of each claim but dates of a plain-text story in
// `lang`, as the front end binds it: "currency COP", "count peso".
class ClaimUnits {
 public:
  explicit ClaimUnits(const std::string& lang) {
    settings_.rules = &testing::builtin();
    settings_.input_format = InputFormat::plain;
    settings_.lang = lang;
    settings_.lang_given = true;
  }
  std::vector<std::string> operator()(const std::string& name, const std::string& text) {
    const SourceFile& file = sources_.add(name, text);
    const DocumentResult r = front_end(InputFile{1, &file, &settings_, false}, false, Findings::all);
    std::vector<std::string> out;
    for (const Claim& c : r.claims) {
      if (c.quantity.kind == QuantityKind::date) continue;
      out.push_back(std::string(to_string(c.quantity.kind)) + " " + c.quantity.unit);
    }
    return out;
  }

 private:
  FileSettings settings_;
  SourceManager sources_;
};

}  // namespace

TEST_CASE("pesos and $ are the currency of the place a Spanish story is filed from", "[cli]") {
  ClaimUnits units("es");
  const std::string body = "El contrato cuesta 186.450 millones de pesos y la tarifa sube a $900.\n";
  CHECK(units("a.txt", "Obras\n\nBogot\xC3\xA1, martes 24 de marzo de 2026\n\n" + body) ==
        std::vector<std::string>{"currency COP", "currency COP"});
  CHECK(units("b.txt", "Tarifas\n\nCIUDAD DE M\xC3\x89XICO (EFE) - " + body) ==
        std::vector<std::string>{"currency MXN", "currency MXN"});
  // No place of the Americas: "$" is the US dollar, bare pesos no money.
  CHECK(units("c.txt", "Obras\n\nMadrid, martes 24 de marzo de 2026\n\n" + body) ==
        std::vector<std::string>{"count peso", "currency USD"});
  CHECK(units("d.txt", "Obras\n\nSantiago de Compostela, martes 24 de marzo de 2026\n\n" + body) ==
        std::vector<std::string>{"count peso", "currency USD"});
  // A currency named with its country stays that country's.
  CHECK(units("e.txt", "Obras\n\nSantiago de Chile, 24 de marzo de 2026\n\nCuesta 40 millones de pesos mexicanos.\n") ==
        std::vector<std::string>{"currency MXN"});
  // A name a city of Spain shares is no place of pesos: "SANTIAGO, 3 Mar.
  // (EUROPA PRESS)" is Santiago de Compostela.
  CHECK(units("f.txt", "Obras\n\nSANTIAGO (EUROPA PRESS) - " + body) ==
        std::vector<std::string>{"count peso", "currency USD"});
}

TEST_CASE("Rs and rupees are the rupee of the place an English story is filed from, else India's", "[cli]") {
  ClaimUnits units("en");
  const std::string body = "The corporation paid Rs 218 a litre, about 2 billion rupees in all.\n";
  CHECK(units("a.txt", "COLOMBO, Oct 1 (Reuters) - " + body) ==
        std::vector<std::string>{"currency LKR", "currency LKR"});
  CHECK(units("b.txt", "Karachi, March 3 - " + body) ==
        std::vector<std::string>{"currency PKR", "currency PKR"});
  CHECK(units("c.txt", "NEW DELHI, Oct 1 (Reuters) - " + body) ==
        std::vector<std::string>{"currency INR", "currency INR"});
  CHECK(units("d.txt", body) == std::vector<std::string>{"currency INR", "currency INR"});
}
