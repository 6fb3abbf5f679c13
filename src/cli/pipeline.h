// The per-document front end shared by lint and extract: read, decode,
// markup, normalize, segment, and the document-level checks that decide
// what is analysed (encoding, boilerplate, duplicate-passage).
#pragma once

#include <chrono>
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

/// Reads every input named by `paths` into `sources`, resolving each one's
/// settings. Unreadable paths become error messages (and set
/// `input_error`). Directory walks keep the files the applicable config's
/// [input] include/exclude select (default: article extensions).
std::vector<InputFile> read_inputs(const std::vector<std::string>& paths, bool reference, std::size_t max_size,
                                   SettingsResolver& resolver, SourceManager& sources,
                                   std::vector<RunMessage>& messages, bool& input_error, StageTimes* times = nullptr);

/// What the front end made of one input. Pure function of the input and
/// its settings, so inputs can be processed in parallel.
struct DocumentResult {
  std::optional<Document> doc;           ///< nullopt: skipped
  std::vector<Diagnostic> diagnostics;   ///< of enabled document-level checks
  std::vector<RunMessage> messages;      ///< skipped-file notes
  std::vector<Claim> claims;             ///< bound quantities
  StageTimes times;                      ///< for --stats
};

/// The front end for one file. With `each_line` every line is its own
/// paragraph and sentence, and only the encoding check runs. Diagnostics
/// carry the severity the settings give their check.
DocumentResult front_end(const InputFile& input, bool each_line);

/// front_end over every input on --jobs threads; results in input order.
std::vector<DocumentResult> run_front_end(const std::vector<InputFile>& inputs, const Options& options,
                                          bool each_line);

}  // namespace claimlint
