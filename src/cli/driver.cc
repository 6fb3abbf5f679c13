// The driver: runs the subcommand over the inputs, renders, and decides
// the exit status (DESIGN "Command line").
#include "cli/driver.h"

#include <atomic>
#include <chrono>
#include <optional>
#include <cstdlib>
#include <fstream>
#include <thread>

#include <fmt/format.h>

#include "check/suppressions.h"
#include "check/value_conflict.h"
#include "index/claim_index.h"
#include "cli/extract_command.h"
#include "cli/pipeline.h"
#include "diag/check_registry.h"
#include "report/baseline.h"
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
  const auto wall_start = std::chrono::steady_clock::now();
  StageTimes times;
  std::vector<RunMessage> messages;
  bool input_error = false;
  SettingsResolver resolver(options, messages);
  SourceManager sources;
  std::vector<InputFile> inputs =
      read_inputs(options.paths, false, options.max_file_size, resolver, sources, messages, input_error, &times);
  for (const std::string& path : options.against) {
    // Reference material is read the same way; its problems still count.
    std::vector<InputFile> refs =
        read_inputs({path}, true, options.max_file_size, resolver, sources, messages, input_error, &times);
    inputs.insert(inputs.end(), refs.begin(), refs.end());
  }
  const std::vector<DocumentResult> results = run_front_end(inputs, options, false);

  std::vector<Diagnostic> diagnostics;
  std::vector<const SourceFile*> linted;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const DocumentResult& r = results[i];
    messages.insert(messages.end(), r.messages.begin(), r.messages.end());
    if (inputs[i].reference) continue;  // checked against, never reported on
    linted.push_back(inputs[i].file);
    diagnostics.insert(diagnostics.end(), r.diagnostics.begin(), r.diagnostics.end());
  }
  // Corpus checks over the claims of every input, reference included.
  std::size_t claim_count = 0;
  std::size_t byte_count = 0;
  ClaimIndex index;
  {
    StageTimer timer(times, Stage::index);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      times.add(results[i].times);
      byte_count += inputs[i].file->bytes().size();
      claim_count += results[i].claims.size();
      for (const Claim& c : results[i].claims) index.add(c, inputs[i].order, inputs[i].reference);
    }
  }
  std::optional<StageTimer> check_timer;
  check_timer.emplace(times, Stage::check);
  std::vector<const FileSettings*> settings_of(sources.size() + 1, nullptr);
  for (const InputFile& in : inputs) settings_of[static_cast<std::size_t>(in.file->id())] = in.settings;
  for (Diagnostic& d : check_value_conflicts(index, sources)) {
    const FileSettings* fs = settings_of[static_cast<std::size_t>(d.range.file)];
    if (!fs || !fs->filter.enabled(d.check)) continue;
    if (auto it = fs->severity.find(d.check); it != fs->severity.end()) d.severity = it->second;
    diagnostics.push_back(std::move(d));
  }
  apply_suppressions(diagnostics, linted);
  if (options.write_baseline) {
    std::ofstream out(*options.write_baseline, std::ios::binary);
    out << write_baseline(diagnostics, sources);
    if (!out) {
      messages.push_back({Severity::error, fmt::format("cannot write baseline '{}'", *options.write_baseline)});
      input_error = true;
    }
  }
  if (options.baseline) {
    Expected<std::vector<std::string>> baseline = read_baseline(*options.baseline);
    if (baseline) {
      subtract_baseline(diagnostics, sources, std::move(*baseline));
    } else {
      messages.push_back({Severity::error, baseline.error().message});
      input_error = true;
    }
  }

  check_timer.emplace(times, Stage::report);
  sort_diagnostics(diagnostics, sources);
  sort_run_messages(messages);
  const bool color = use_color(options, streams);
  switch (options.format) {
    case OutputFormat::text: streams.out += render_text(diagnostics, sources, {color}); break;
    case OutputFormat::json: streams.out += render_json(diagnostics, sources, false); break;
    case OutputFormat::jsonl: streams.out += render_json(diagnostics, sources, true); break;
    case OutputFormat::sarif: streams.out += render_sarif(diagnostics, sources, messages); break;
    case OutputFormat::github: streams.out += render_github(diagnostics, sources); break;
  }
  for (const RunMessage& m : messages) streams.err += render_run_message(m, false);
  check_timer.reset();
  if (options.stats) {
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
    streams.err += stats_json(inputs.size(), byte_count, claim_count, times, wall);
  }
  if (options.format == OutputFormat::text && !options.quiet) {
    // Every input is accounted for (issue 10): analysed, skipped, or failed.
    std::size_t analysed = 0;
    std::size_t skipped = 0;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      if (inputs[i].reference) continue;
      (results[i].doc ? analysed : skipped) += 1;
    }
    std::size_t failed = 0;
    for (const RunMessage& m : messages) failed += (m.level == Severity::error && !m.configuration) ? 1 : 0;
    auto plural = [](std::size_t n, std::string_view word) {
      return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
    };
    streams.err += fmt::format("{}, {}, {} skipped{}\n", plural(analysed, "file"), plural(diagnostics.size(), "diagnostic"),
                               skipped, failed ? fmt::format(", {} failed", failed) : "");
  }
  if (input_error || resolver.broken()) return 2;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity >= options.fail_on) return 1;
  }
  return 0;
}

}  // namespace

std::vector<DocumentResult> run_front_end(const std::vector<InputFile>& inputs, const Options& options,
                                          bool each_line) {
  std::vector<DocumentResult> results(inputs.size());
  unsigned jobs = options.jobs != 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = std::min<unsigned>(jobs, static_cast<unsigned>(std::max<std::size_t>(1, inputs.size())));
  // Each result lands at its input's index, so output does not depend on
  // which worker finished first (issue 9: --jobs N equals --jobs 1).
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < inputs.size(); i = next++) results[i] = front_end(inputs[i], each_line);
  };
  if (jobs <= 1) {
    worker();
  } else {
    std::vector<std::thread> pool;
    for (unsigned j = 0; j < jobs; ++j) pool.emplace_back(worker);
    for (std::thread& t : pool) t.join();
  }
  return results;
}

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
