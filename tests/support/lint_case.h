// A one-file lint run for table-driven check tests: the text in, the whole
// output out.
#pragma once

#include <span>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/run_binary.h"

namespace claimlint::testing {

/// The checks turned off by default in lint(), so that one check's output
/// stands alone: corpus conflicts and times-more notes.
inline const std::vector<std::string> k_quiet_checks = {"value-conflict", "times-more"};

/// Lints `text` as a.txt in a fresh directory with the `off` checks turned
/// off and returns stdout.
inline std::string lint(const std::string& text, const std::string& format = "text",
                        const std::vector<std::string>& off = k_quiet_checks) {
  TempDir dir;
  dir.write("a.txt", text);
  std::vector<std::string> args = {"--color=never", "--format=" + format};
  for (const std::string& check : off) args.push_back("-Wno-" + check);
  args.push_back("a.txt");
  return run_claimlint(args, dir.path()).out;
}

/// Lints `text` as a.txt in language `lang` ("es"), with value-conflict
/// off, and returns stdout.
inline std::string lint_lang(const std::string& text, const std::string& lang) {
  TempDir dir;
  dir.write("a.txt", text);
  return run_claimlint({"--color=never", "--lang", lang, "-Wno-value-conflict", "a.txt"}, dir.path()).out;
}

/// lint_lang(text, "es").
inline std::string lint_es(const std::string& text) { return lint_lang(text, "es"); }

/// One row of a check's table: input and the whole text output (empty:
/// the check must stay silent).
struct Case {
  const char* text;
  const char* expected;
};

/// Lints every row (with the `off` checks turned off) and compares the
/// whole text output.
inline void check_cases(std::span<const Case> cases, const std::vector<std::string>& off = k_quiet_checks) {
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(lint(c.text, "text", off) == c.expected);
  }
}

}  // namespace claimlint::testing
