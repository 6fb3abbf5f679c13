// The driver: runs the subcommand over the inputs, renders, and decides
// the exit status (DESIGN "Command line").
#include "cli/driver.h"

#include <cstdlib>

#include <fmt/format.h>

#include "cli/extract_command.h"
#include "cli/pipeline.h"
#include "diag/check_registry.h"
#include "report/renderer.h"

namespace claimlint {
namespace {

bool use_color(const Options& o, const Streams& s) {
  if (o.color == ColorMode::always) return true;
  if (o.color == ColorMode::never) return false;
  const char* no_color = std::getenv("NO_COLOR");
  return s.stdout_is_tty && (no_color == nullptr || *no_color == '\0');
}

int list_checks(Streams& s) {
  for (const CheckInfo& c : all_checks()) {
    s.out += fmt::format("{:<20} {:<8} {}{}\n", c.id, severity_name(c.severity), c.summary,
                         c.implemented ? "" : " (not yet implemented)");
  }
  return 0;
}

int explain(const std::string& id, Streams& s) {
  const CheckInfo* c = find_check(id);
  s.out += fmt::format("{} ({} by default){}\n\n{}\n", c->id, severity_name(c->severity),
                       c->implemented ? "" : " (not yet implemented)", c->explain);
  return 0;
}

int lint(const Options& options, Streams& streams) {
  RunState state;
  const RuleSet rules = load_rules(options, state);
  const CheckFilter filter(options.warning_flags);
  SourceManager sources;
  for (const InputFile& input : read_inputs(options, sources, state)) {
    front_end(input, options, rules, filter, state);
  }
  sort_diagnostics(state.diagnostics, sources);
  sort_run_messages(state.messages);
  const bool color = use_color(options, streams);
  switch (options.format) {
    case OutputFormat::text: streams.out += render_text(state.diagnostics, sources, {color}); break;
    case OutputFormat::json: streams.out += render_json(state.diagnostics, sources, false); break;
    case OutputFormat::jsonl: streams.out += render_json(state.diagnostics, sources, true); break;
    case OutputFormat::sarif: streams.out += render_sarif(state.diagnostics, sources, state.messages); break;
    case OutputFormat::github: streams.out += render_github(state.diagnostics, sources); break;
  }
  for (const RunMessage& m : state.messages) streams.err += render_run_message(m, false);
  if (state.input_error || state.rules_broken) return 2;
  for (const Diagnostic& d : state.diagnostics) {
    if (d.severity >= options.fail_on) return 1;
  }
  return 0;
}

}  // namespace

int run(const Options& options, Streams& streams) {
  if (options.version) {
    streams.out += fmt::format("claimlint {}\n", CLAIMLINT_VERSION);
    return 0;
  }
  if (options.list_checks) return list_checks(streams);
  if (options.explain) return explain(*options.explain, streams);
  switch (options.command) {
    case Command::lint: return lint(options, streams);
    case Command::extract: return run_extract(options, streams);
    case Command::check:
      streams.err += "claimlint: error: 'check --claims' is not available yet\n";
      return 2;
  }
  return 2;
}

}  // namespace claimlint
