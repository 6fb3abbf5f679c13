// The per-document front end shared by lint and extract: read, decode,
// markup, normalize, segment, and the document-level checks that decide
// what is analysed (encoding, boilerplate, duplicate-passage).
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cli/options.h"
#include "cli/settings.h"
#include "bind/claim.h"
#include "diag/diagnostic.h"
#include "extract/date_extractor.h"
#include "report/renderer.h"
#include "segment/document.h"
#include "source/source_manager.h"

namespace claimlint {

/// Pipeline stages timed by --stats (DESIGN "Pipeline").
enum class Stage { read, decode, markup, normalize, segment, document_checks, extract, bind, index, check, report };
inline constexpr std::size_t k_stage_count = 11;
/// "read", "decode", ... as printed by --stats.
std::string_view stage_name(Stage s);

/// Seconds spent per stage (summed over threads).
struct StageTimes {
  double seconds[k_stage_count] = {};
  void add(const StageTimes& other) {
    for (std::size_t i = 0; i < k_stage_count; ++i) seconds[i] += other.seconds[i];
  }
  double& operator[](Stage s) { return seconds[static_cast<std::size_t>(s)]; }
};

/// Adds the time from construction to destruction to one stage.
class StageTimer {
 public:
  StageTimer(StageTimes& times, Stage stage);
  ~StageTimer();
  StageTimer(const StageTimer&) = delete;
  StageTimer& operator=(const StageTimer&) = delete;

 private:
  StageTimes& times_;
  Stage stage_;
  std::chrono::steady_clock::time_point start_;
};

/// The --stats line: {"files":..,"bytes":..,"claims":..,"seconds":{stage: s},"wall":s}.
std::string stats_json(std::size_t files, std::size_t bytes, std::size_t claims, const StageTimes& times, double wall);


/// An input read, with its position among the inputs (1-based) and the
/// settings that apply to it.
struct InputFile {
  std::size_t order = 0;
  const SourceFile* file = nullptr;
  const FileSettings* settings = nullptr;
  bool reference = false;  ///< from --against: checked against, never reported on
};

/// Registers every input named by `paths` in `sources`, resolving each
/// one's settings; files are read later, by front_end (stdin at once).
/// Paths that are missing or no files become error messages (and set
/// `input_error`); a file that cannot be read fails in front_end. Directory walks keep the files the applicable config's
/// [input] include/exclude select (default: article extensions).
std::vector<InputFile> read_inputs(const std::vector<std::string>& paths, bool reference, std::size_t max_size,
                                   SettingsResolver& resolver, SourceManager& sources,
                                   std::vector<RunMessage>& messages, bool& input_error, StageTimes* times = nullptr);

/// What the front end made of one input. Pure function of the input and
/// its settings, so inputs can be processed in parallel.
struct DocumentResult {
  std::optional<Document> doc;           ///< nullopt: skipped (and after the hook of run_front_end)
  bool analysed = false;                 ///< false: skipped or failed, with a reason in `messages`
  bool failed = false;                   ///< could not be read: an error in `messages`
  bool directives = false;               ///< the text may hold suppression directives
  std::vector<Diagnostic> diagnostics;   ///< of enabled document-level checks
  std::vector<RunMessage> messages;      ///< skipped-file notes
  std::vector<Claim> claims;             ///< bound quantities (a hook may keep only some)
  std::vector<DateMention> dates;        ///< date mentions, for the hook (dropped after it)
  std::size_t claim_count = 0;           ///< how many were bound
  std::string records;                   ///< what a DocumentHook wrote for this document
  StageTimes times;                      ///< for --stats
};

/// Which document checks front_end runs.
enum class Findings {
  all,       ///< every one (lint, extract --claims)
  analysis,  ///< only those that decide what is analysed (residue, repeated
             ///< passages), for commands that print no findings (extract):
             ///< the date and arithmetic checks are skipped
};

/// The front end for one file: reads it (a read error fails the result),
/// decodes, strips markup, normalizes, segments, extracts, binds. With `each_line` every line is its own
/// paragraph and sentence, and only the encoding check runs. Diagnostics
/// carry the severity the settings give their check.
DocumentResult front_end(const InputFile& input, bool each_line, Findings findings = Findings::all);

/// Called on the worker thread right after front_end, while the Document
/// still exists: it may render what it needs into `records`.
using DocumentHook = std::function<void(const InputFile&, DocumentResult&)>;

/// front_end over every input on --jobs threads; results in input order.
/// Memory stays in proportion to the claims, not the text (issue 9): each
/// Document is dropped once `hook` has seen it, and each file's bytes are
/// released (SourceFile::release) until the report needs an excerpt.
///
/// `emit`, if set, sees each result in input order as soon as it and every
/// earlier one are done (one call at a time), so that output can be written
/// while later documents are still being analysed.
using ResultEmitter = std::function<void(const InputFile&, DocumentResult&)>;
std::vector<DocumentResult> run_front_end(const std::vector<InputFile>& inputs, const Options& options,
                                          bool each_line, const DocumentHook& hook = {},
                                          const ResultEmitter& emit = {}, Findings findings = Findings::all);

}  // namespace claimlint
