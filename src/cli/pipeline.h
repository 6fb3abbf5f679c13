// The per-document front end shared by lint and extract: read, decode,
// markup, normalize, segment, and the document-level checks that decide
// what is analysed (encoding, boilerplate, duplicate-passage).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/options.h"
#include "cli/settings.h"
#include "bind/claim.h"
#include "diag/diagnostic.h"
#include "report/renderer.h"
#include "segment/document.h"
#include "source/source_manager.h"

namespace claimlint {

/// An input read, with its position among the inputs (1-based) and the
/// settings that apply to it.
struct InputFile {
  std::size_t order = 0;
  const SourceFile* file = nullptr;
  const FileSettings* settings = nullptr;
  bool reference = false;  ///< from --against: checked against, never reported on
};

/// Reads every input named by `paths` into `sources`, resolving each one's
/// settings. Unreadable paths become error messages (and set
/// `input_error`). Directory walks keep the files the applicable config's
/// [input] include/exclude select (default: article extensions).
std::vector<InputFile> read_inputs(const std::vector<std::string>& paths, bool reference, std::size_t max_size,
                                   SettingsResolver& resolver, SourceManager& sources,
                                   std::vector<RunMessage>& messages, bool& input_error);

/// What the front end made of one input. Pure function of the input and
/// its settings, so inputs can be processed in parallel.
struct DocumentResult {
  std::optional<Document> doc;           ///< nullopt: skipped
  std::vector<Diagnostic> diagnostics;   ///< of enabled document-level checks
  std::vector<RunMessage> messages;      ///< skipped-file notes
  std::vector<Claim> claims;             ///< bound quantities (not with each_line)
};

/// The front end for one file. With `each_line` every line is its own
/// paragraph and sentence, and only the encoding check runs. Diagnostics
/// carry the severity the settings give their check.
DocumentResult front_end(const InputFile& input, bool each_line);

/// front_end over every input on --jobs threads; results in input order.
std::vector<DocumentResult> run_front_end(const std::vector<InputFile>& inputs, const Options& options,
                                          bool each_line);

}  // namespace claimlint
