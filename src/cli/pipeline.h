// The per-document front end shared by lint and extract: read, decode,
// markup, normalize, segment, and the document-level checks that decide
// what is analysed (encoding, boilerplate, duplicate-passage).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cli/options.h"
#include "diag/diagnostic_sink.h"
#include "report/renderer.h"
#include "ruleset/rule_set.h"
#include "segment/document.h"
#include "source/source_manager.h"

namespace claimlint {

/// Which checks run, after -W/-Wno in command-line order.
class CheckFilter {
 public:
  explicit CheckFilter(const std::vector<std::string>& flags);
  bool enabled(std::string_view id) const;

 private:
  std::set<std::string, std::less<>> enabled_;
};

/// What a run accumulates besides documents.
struct RunState {
  std::vector<Diagnostic> diagnostics;
  std::vector<RunMessage> messages;
  std::size_t files = 0;    ///< inputs analysed
  std::size_t skipped = 0;  ///< inputs skipped with a reason (binary, empty)
  bool input_error = false;  ///< an input could not be read (exit 2)
  bool rules_broken = false;  ///< a rule file did not load (exit 2)
};

/// Loads the built-in rules (unless disabled) and --rules directories;
/// problems go to state.messages.
RuleSet load_rules(const Options& options, RunState& state);

/// A file read, with its position among the inputs (1-based).
struct InputFile {
  std::size_t order = 0;
  const SourceFile* file = nullptr;
};

/// Reads every input named by options.paths into `sources`; unreadable
/// paths go to state.messages. Returns the files in input order.
std::vector<InputFile> read_inputs(const Options& options, SourceManager& sources, RunState& state);

/// The front end for one file. Returns nullopt for a skipped file (binary
/// or empty, with a note in state.messages). Diagnostics of the enabled
/// document-level checks go to state.diagnostics. With options.each_line
/// every line is its own paragraph and sentence, and no document-level
/// check runs but encoding.
std::optional<Document> front_end(const InputFile& input, const Options& options, const RuleSet& rules,
                                  const CheckFilter& filter, RunState& state);

}  // namespace claimlint
