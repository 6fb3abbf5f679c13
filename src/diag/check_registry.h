// The check registry: every check's id, default severity, summary and
// --explain text. One table feeds --list-checks, --explain, -W/-Wno and the
// SARIF rules array.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace claimlint {

struct CheckInfo {
  std::string_view id;
  Severity severity;
  std::string_view summary;  ///< one line, lowercase, no final period
  std::string_view explain;  ///< several paragraphs of plain text
  bool implemented;          ///< false: reserved id, documented, not yet run
  /// True for corpus checks, whose findings depend on the other documents
  /// of the run (value-conflict); false for checks of one document alone.
  bool corpus = false;
};

/// All checks in catalogue order (DESIGN.md).
std::span<const CheckInfo> all_checks();

/// The check with this id, or nullptr.
const CheckInfo* find_check(std::string_view id);

/// The nearest check id for a misspelt one ("did you mean"), or nullopt.
std::optional<std::string> suggest_check(std::string_view id);

}  // namespace claimlint
