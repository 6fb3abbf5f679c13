// Options: the command-line table (CLI11) and its validation.
#include "cli/options.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "diag/check_registry.h"
#include "source/decode.h"

namespace claimlint {
namespace {

constexpr std::string_view k_usage =
    R"(usage: claimlint [options] PATH...          lint files, directories (recursive) or - for stdin
       claimlint extract [options] PATH...  quantities as JSON Lines (--sentences: sentences)
       claimlint extract --claims PATH...   claims of each document, for a later check (map step)
       claimlint check --claims FILE...     corpus checks over saved claims (reduce step; --shard K/N)
       claimlint --explain CHECK            the documentation of one check
       claimlint --list-checks              every check, default severity, summary
)";

constexpr std::string_view k_help =
    R"(claimlint: a static analyser for quantitative claims in news text.

It reads articles like a compiler reads sources, finds the figures they
give, and reports contradictions, arithmetic errors and scraping residue
as compiler-style diagnostics.

Output:
  --format FORMAT      text (default), json, jsonl, sarif or github
  --color WHEN         auto (default: on a terminal, unless NO_COLOR is set),
                       always or never
  --fail-on SEVERITY   exit 1 if a finding is at or above: note, warning
                       (default) or error

Checks:
  -W CHECK, -WCHECK    enable CHECK (-Wall: every check)
  -Wno-CHECK           disable CHECK
  --list-checks        list every check with its default severity
  --explain CHECK      print the documentation of CHECK

Input:
  --input-format FMT   plain, markdown or html (default: by file extension)
  --encoding NAME      decode inputs from charset NAME (default: UTF-8, or
                       UTF-16/32 when a byte-order mark says so)
  --lang LANG          language of the inputs: en or es (default: the
                       document's own, else es for clearly Spanish text,
                       else en)
  --date YYYY-MM-DD    publication date for documents that give none

Rules and project settings:
  --rules DIR          also load the *.toml rule files under DIR
  --no-builtin-rules   start from no rules at all
  --config FILE        use FILE instead of the nearest claimlint.toml found
                       upward from each input's directory
  --no-config          ignore claimlint.toml files

Reference and baselines:
  --against PATH       reference material: checked against, never reported on
  --baseline FILE      report only findings not recorded in FILE
  --write-baseline FILE
                       record the current findings in FILE

Other:
  --jobs N             worker threads (default: all cores)
  --max-file-size SIZE skip (with an error) inputs larger than SIZE bytes;
                       K, M and G suffixes allowed (default: 512M)
  -q, --quiet          no summary line on stderr
  --stats              print files, bytes, claims and seconds per pipeline
                       stage as one JSON line on stderr
  --version            print the version and exit
  -h, --help           print this help and exit

Subcommands:
  extract PATH...      print each quantity as one JSON object per line
    --sentences        print sentences instead of quantities
    --each-line        treat every input line as its own document
    --claims           write each document's claims and findings (map step)
  check --claims FILE...
                       read saved claims and print the diagnostics a one-shot
                       run would (reduce step); the original files are re-read
    --shard K/N        only claim groups and files whose hash is K of N

Exit status: 0 no finding at or above --fail-on; 1 findings at or above
it; 2 usage error, unreadable input or invalid rules (the other inputs are
still checked and reported).

See claimlint(1) for the whole manual.
)";

}  // namespace

std::string help_text() { return std::string(k_usage) + "\n" + std::string(k_help); }

ParseOutcome parse_options(int argc, const char* const* argv) {
  ParseOutcome outcome;
  Options o;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && (args[0] == "extract" || args[0] == "check")) {
    o.command = args[0] == "extract" ? Command::extract : Command::check;
    args.erase(args.begin());
  }
  CLI::App app{"claimlint"};
  app.set_help_flag();  // our own -h/--help text
  app.allow_extras(false);
  bool help = false;
  std::string format = "text";
  std::string fail_on = "warning";
  std::string color = "auto";
  std::string input_format;
  app.add_flag("-h,--help", help);
  app.add_option("--format", format);
  app.add_option("--fail-on", fail_on);
  app.add_option("-W", o.warning_flags)->allow_extra_args(false);
  app.add_option("--explain", o.explain);
  app.add_flag("--list-checks", o.list_checks);
  app.add_option("--color,--colour", color);
  app.add_option("--encoding", o.encoding);
  app.add_option("--rules", o.rule_dirs)->allow_extra_args(false);
  app.add_flag("--no-builtin-rules", o.no_builtin_rules);
  app.add_option("--input-format", input_format);
  app.add_option("--lang", o.lang);
  app.add_option("--date", o.date);
  app.add_option("--jobs,-j", o.jobs);
  app.add_option("--config", o.config);
  std::string max_size;
  app.add_option("--max-file-size", max_size);
  app.add_flag("-q,--quiet", o.quiet);
  app.add_flag("--stats", o.stats);
  app.add_flag("--no-config", o.no_config);
  app.add_option("--against", o.against)->allow_extra_args(false);
  app.add_option("--baseline", o.baseline);
  app.add_option("--write-baseline", o.write_baseline);
  app.add_flag("--version", o.version);
  std::string shard;
  if (o.command == Command::extract) {
    app.add_flag("--sentences", o.sentences);
    app.add_flag("--each-line", o.each_line);
    app.add_flag("--claims", o.claims);
  } else if (o.command == Command::check) {
    app.add_flag("--claims", o.claims);
    app.add_option("--shard", shard);
  }
  app.add_option("paths", o.paths);
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError& e) {
    outcome.exit_status = 2;
    outcome.err = fmt::format("claimlint: error: {}\n{}", e.what(), "see 'claimlint --help'\n");
    return outcome;
  }
  auto usage_error = [&](std::string message) {
    outcome.exit_status = 2;
    outcome.err = fmt::format("claimlint: error: {}\nsee 'claimlint --help'\n", message);
    return outcome;
  };
  if (help) {
    outcome.out = help_text();
    return outcome;
  }
  static const std::pair<std::string_view, OutputFormat> k_formats[] = {
      {"text", OutputFormat::text}, {"json", OutputFormat::json}, {"jsonl", OutputFormat::jsonl},
      {"sarif", OutputFormat::sarif}, {"github", OutputFormat::github}};
  bool found = false;
  for (const auto& [name, f] : k_formats) {
    if (format == name) {
      o.format = f;
      found = true;
    }
  }
  if (!found) return usage_error(fmt::format("unknown --format '{}' (expected text, json, jsonl, sarif or github)", format));
  if (auto s = parse_severity(fail_on)) {
    o.fail_on = *s;
  } else {
    return usage_error(fmt::format("unknown --fail-on '{}' (expected note, warning or error)", fail_on));
  }
  if (color == "auto") o.color = ColorMode::automatic;
  else if (color == "always") o.color = ColorMode::always;
  else if (color == "never") o.color = ColorMode::never;
  else return usage_error(fmt::format("unknown --color '{}' (expected auto, always or never)", color));
  if (!input_format.empty()) {
    o.input_format = parse_input_format(input_format);
    if (!o.input_format) {
      return usage_error(fmt::format("unknown --input-format '{}' (expected plain, markdown or html)", input_format));
    }
  }
  for (const std::string& w : o.warning_flags) {
    std::string_view id = w;
    if (id.starts_with("no-")) id.remove_prefix(3);
    if (id == "all" || find_check(id)) continue;
    std::string message = fmt::format("unknown check '{}' in -W{}", id, w);
    if (auto near = suggest_check(id)) message += fmt::format("; did you mean '{}'?", *near);
    return usage_error(message);
  }
  if (o.explain && !find_check(*o.explain)) {
    std::string message = fmt::format("unknown check '{}'", *o.explain);
    if (auto near = suggest_check(*o.explain)) message += fmt::format("; did you mean '{}'?", *near);
    return usage_error(message);
  }
  if (!o.encoding.empty() && !is_known_encoding(o.encoding)) {
    return usage_error(fmt::format("unknown encoding '{}' for --encoding", o.encoding));
  }
  if (!o.lang.empty() && o.lang != "en" && o.lang != "es") {
    return usage_error(fmt::format("unsupported --lang '{}' (expected en or es)", o.lang));
  }
  if (o.date) {
    const std::string& d = *o.date;
    const bool shape = d.size() == 10 && d[4] == '-' && d[7] == '-' &&
                       std::all_of(d.begin(), d.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '-'; });
    const int month = shape ? std::stoi(d.substr(5, 2)) : 0;
    const int day = shape ? std::stoi(d.substr(8, 2)) : 0;
    if (!shape || month < 1 || month > 12 || day < 1 || day > 31) {
      return usage_error(fmt::format("invalid --date '{}' (expected YYYY-MM-DD)", d));
    }
  }
  if (!max_size.empty()) {
    // A byte count with an optional K, M or G suffix (powers of 1024).
    std::size_t multiplier = 1;
    std::string digits = max_size;
    const char suffix = static_cast<char>(std::toupper(static_cast<unsigned char>(digits.back())));
    if (suffix == 'K' || suffix == 'M' || suffix == 'G') {
      multiplier = suffix == 'K' ? 1024 : suffix == 'M' ? 1024 * 1024 : std::size_t{1024} * 1024 * 1024;
      digits.pop_back();
    }
    const bool numeric = !digits.empty() && digits.size() <= 12 &&
                         std::all_of(digits.begin(), digits.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (!numeric || std::stoull(digits) == 0) {
      return usage_error(fmt::format("invalid --max-file-size '{}' (expected bytes, e.g. 1048576, 512M, 2G)", max_size));
    }
    o.max_file_size = static_cast<std::size_t>(std::stoull(digits)) * multiplier;
  }
  if (!shard.empty()) {
    // K/N with 0 <= K < N.
    const std::size_t slash = shard.find('/');
    const auto digits = [](std::string_view t) {
      return !t.empty() && t.size() <= 9 && std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    };
    if (slash == std::string::npos || !digits(shard.substr(0, slash)) || !digits(shard.substr(slash + 1)) ||
        std::stoul(shard.substr(0, slash)) >= std::stoul(shard.substr(slash + 1))) {
      return usage_error(fmt::format("invalid --shard '{}' (expected K/N with 0 <= K < N)", shard));
    }
    o.shard = std::make_pair(std::stoul(shard.substr(0, slash)), std::stoul(shard.substr(slash + 1)));
  }
  if (o.command == Command::check && !o.claims) {
    return usage_error("'check' works on saved claims: claimlint check --claims FILE...");
  }
  if (o.command == Command::extract && o.claims && (o.sentences || o.each_line)) {
    return usage_error("--claims cannot be combined with --sentences or --each-line");
  }
  if (o.config && o.no_config) return usage_error("--config and --no-config exclude each other");
  if (!o.version && !o.list_checks && !o.explain && o.paths.empty()) {
    outcome.exit_status = 2;
    outcome.err = fmt::format("claimlint: error: no input files\n{}", k_usage);
    return outcome;
  }
  outcome.options = std::move(o);
  return outcome;
}

}  // namespace claimlint
