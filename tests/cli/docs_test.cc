// The manual and --help stay in step with the command line and the checks.
#include <catch2/catch.hpp>

#include "diag/check_registry.h"
#include "support/run_binary.h"

using namespace claimlint::testing;

TEST_CASE("the man page documents every check and every --help option", "[cli][docs]") {
  const std::string man = read_file(source_dir() + "/man/claimlint.1");
  REQUIRE_FALSE(man.empty());
  auto roff = [](std::string s) {
    std::string out;
    for (const char c : s) {
      if (c == '-') out += "\\-";
      else out += c;
    }
    return out;
  };
  for (const claimlint::CheckInfo& c : claimlint::all_checks()) {
    INFO(c.id);
    CHECK(man.find(roff(std::string(c.id))) != std::string::npos);
  }
  const std::string help = run_claimlint({"--help"}).out;
  std::size_t at = 0;
  while ((at = help.find("  --", at)) != std::string::npos) {
    const std::size_t end = help.find_first_of(" ,=\n", at + 2);
    const std::string option = help.substr(at + 2, end - at - 2);
    INFO(option);
    CHECK(man.find(roff(option)) != std::string::npos);
    at = end;
  }
}

TEST_CASE("every line of the man page that opens with a dot is a macro it means", "[cli][docs]") {
  // A line of text that starts with "." or "'" reads as a request to roff
  // ("...", 'x'): it must be escaped as "\&...".
  const std::string man = read_file(source_dir() + "/man/claimlint.1");
  REQUIRE_FALSE(man.empty());
  static const char* const macros[] = {"TH", "SH", "SS", "TP", "PP", "P", "LP", "IP", "RS", "RE", "B", "I",
                                       "BR", "BI", "IR", "IB", "RB", "RI", "br", "sp", "nf", "fi", "EX", "EE",
                                       "\\\""};
  std::size_t line = 1;
  for (std::size_t at = 0; at < man.size(); ++line) {
    const std::size_t end = std::min(man.find('\n', at), man.size());
    const std::string text = man.substr(at, end - at);
    at = end + 1;
    if (text.empty() || (text[0] != '.' && text[0] != '\'')) continue;
    INFO("man/claimlint.1:" << line << ": " << text);
    REQUIRE(text[0] == '.');
    const std::string name = text.substr(1, text.find(' ') == std::string::npos ? std::string::npos : text.find(' ') - 1);
    CHECK(std::find(std::begin(macros), std::end(macros), name) != std::end(macros));
  }
}
