// A one-file lint run for table-driven check tests: the text in, the whole
// output out.
#pragma once

#include <string>

#include "support/run_binary.h"

namespace claimlint::testing {

/// Lints `text` as a.txt in a fresh directory (corpus checks and times-more
/// notes off, so that one check's output stands alone) and returns stdout.
inline std::string lint(const std::string& text, const std::string& format = "text") {
  TempDir dir;
  dir.write("a.txt", text);
  return run_claimlint({"--color=never", "--format=" + format, "-Wno-value-conflict", "-Wno-times-more", "a.txt"},
                       dir.path())
      .out;
}

/// One row of a check's table: input and the whole text output (empty:
/// the check must stay silent).
struct Case {
  const char* text;
  const char* expected;
};

}  // namespace claimlint::testing
