// Options: everything the command line can say, with its defaults, and
// the CLI11 parser that fills it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "markup/markup.h"

namespace claimlint {

enum class Command { lint, extract, check };
enum class OutputFormat { text, json, jsonl, sarif, github };
enum class ColorMode { automatic, always, never };

struct Options {
  Command command = Command::lint;
  std::vector<std::string> paths;            ///< files, directories, "-" for stdin
  OutputFormat format = OutputFormat::text;  ///< --format
  Severity fail_on = Severity::warning;      ///< --fail-on: exit 1 at or above
  std::vector<std::string> warning_flags;    ///< -W CHECK / -Wno-CHECK, in order
  std::optional<std::string> explain;        ///< --explain CHECK
  bool list_checks = false;                  ///< --list-checks
  ColorMode color = ColorMode::automatic;    ///< --color
  std::string encoding;                      ///< --encoding: forced charset, empty = detect
  std::vector<std::string> rule_dirs;        ///< --rules DIR (repeatable)
  bool no_builtin_rules = false;             ///< --no-builtin-rules
  std::optional<InputFormat> input_format;   ///< --input-format, else by extension
  std::string lang;                          ///< --lang, empty = from the document, else en
  std::optional<std::string> date;           ///< --date YYYY-MM-DD
  unsigned jobs = 0;                         ///< --jobs, 0 = all cores
  std::optional<std::string> config;         ///< --config FILE instead of the nearest claimlint.toml
  bool no_config = false;                    ///< --no-config: ignore claimlint.toml files
  std::vector<std::string> against;          ///< --against PATH: reference material (repeatable)
  std::optional<std::string> baseline;       ///< --baseline FILE: report only findings not in it
  std::optional<std::string> write_baseline; ///< --write-baseline FILE: record current findings
  std::size_t max_file_size = std::size_t{512} << 20;  ///< --max-file-size BYTES (suffixes K, M, G)
  bool quiet = false;                        ///< -q/--quiet: no summary line on stderr
  bool stats = false;                        ///< --stats: time per stage as JSON on stderr
  bool version = false;                      ///< --version
  // extract
  bool sentences = false;  ///< extract --sentences
  bool each_line = false;  ///< extract --each-line
  bool claims = false;     ///< extract --claims (map step), check --claims (reduce step)
  std::optional<std::pair<std::size_t, std::size_t>> shard;  ///< check --shard K/N
};

/// What parsing the command line produced: options, or an exit status with
/// text already meant for stdout (--help) or stderr (usage errors).
struct ParseOutcome {
  std::optional<Options> options;
  int exit_status = 0;
  std::string out;
  std::string err;
};

/// Parses argv. Usage errors give exit status 2 and a message naming the
/// bad option, with "did you mean" where a check name is misspelt.
ParseOutcome parse_options(int argc, const char* const* argv);

/// The --help text.
std::string help_text();

}  // namespace claimlint
