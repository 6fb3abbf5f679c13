// The driver: read → decode → markup → normalize → segment → checks →
// report, for every input, then exit status (DESIGN "Pipeline").
#include "cli/driver.h"

#include <cstdlib>
#include <set>

#include <fmt/format.h>

#include "check/boilerplate.h"
#include "check/duplicate_passage.h"
#include "diag/check_registry.h"
#include "diag/diagnostic_sink.h"
#include "markup/markup.h"
#include "normalize/normalizer.h"
#include "report/renderer.h"
#include "ruleset/rule_set.h"
#include "segment/segmenter.h"
#include "source/decode.h"
#include "source/input_walker.h"
#include "source/source_manager.h"

namespace claimlint {
namespace {

// Which checks run, after -W/-Wno in command-line order.
class CheckFilter {
 public:
  explicit CheckFilter(const std::vector<std::string>& flags) {
    for (const CheckInfo& c : all_checks()) enabled_.insert(std::string(c.id));
    for (const std::string& f : flags) {
      const bool off = f.starts_with("no-");
      const std::string id = off ? f.substr(3) : f;
      if (id == "all") {
        for (const CheckInfo& c : all_checks()) off ? (void)enabled_.erase(std::string(c.id)) : (void)enabled_.insert(std::string(c.id));
      } else if (off) {
        enabled_.erase(id);
      } else {
        enabled_.insert(id);
      }
    }
  }
  bool enabled(std::string_view id) const { return enabled_.count(std::string(id)) > 0; }

 private:
  std::set<std::string> enabled_;
};

RunMessage rule_error(const Error& e) {
  RunMessage m;
  m.level = Severity::error;
  m.text = e.message;
  m.configuration = true;
  if (e.where) {
    m.path = e.where->path;
    m.line = e.where->line;
    m.column = e.where->column;
  }
  return m;
}

// The encoding check (issue 2): one error per file at the first bad byte.
void report_encoding(const SourceFile& file, const DecodeResult& decoded, DiagnosticSink& sink) {
  if (decoded.bad_count == 0) return;
  const ByteRange first = decoded.bad.front();
  Diagnostic d;
  d.check = "encoding";
  d.severity = Severity::error;
  std::string bytes;
  for (std::size_t i = first.begin; i < first.end && i < first.begin + 4; ++i) {
    bytes += fmt::format("{}<{:02X}>", bytes.empty() ? "" : " ", static_cast<unsigned char>(file.bytes()[i]));
  }
  d.message = fmt::format("invalid {} byte {} replaced by U+FFFD", decoded.encoding, bytes);
  if (decoded.bad_count > 1) {
    d.message += fmt::format(" ({} more invalid byte{} in this file)", decoded.bad_count - 1,
                             decoded.bad_count == 2 ? "" : "s");
  }
  d.range = {file.id(), first};
  sink.report(std::move(d));
}

struct Analysis {
  std::vector<Diagnostic> diagnostics;
  std::vector<RunMessage> messages;
  std::size_t files = 0;
  std::size_t skipped = 0;
  bool input_error = false;
};

void analyze(const SourceFile& file, const Options& options, const RuleSet& rules, const CheckFilter& filter,
             Analysis& analysis) {
  DiagnosticSink sink;
  if (file.bytes().empty()) {
    analysis.messages.push_back({Severity::note, fmt::format("'{}' is empty", file.name()), file.name(), 0, 0, false});
    ++analysis.files;
    return;
  }
  DecodeResult decoded = decode(file.bytes(), options.encoding);
  if (decoded.binary_at) {
    analysis.messages.push_back({Severity::note,
                                 fmt::format("skipping '{}': binary file (NUL byte at offset {})", file.name(),
                                             *decoded.binary_at),
                                 file.name(), 0, 0, false});
    ++analysis.skipped;
    return;
  }
  ++analysis.files;
  report_encoding(file, decoded, sink);

  Document doc;
  doc.file = file.id();
  doc.map.push(std::move(decoded.map));
  const InputFormat format = options.input_format.value_or(format_for_path(file.name()));
  MarkupResult markup = strip_markup(decoded.text, format);
  decoded.text.clear();
  doc.map.push(std::move(markup.map));
  NormalizeResult normalized = normalize(markup.text);
  doc.map.push(std::move(normalized.map));
  doc.text = std::move(normalized.text);
  if (!options.lang.empty()) doc.meta.lang = options.lang;
  if (options.date) doc.meta.date = options.date;

  segment_paragraphs(doc);
  {
    // Residue and repeats are found before anything is extracted, so that
    // neither is analysed (issue 2).
    DiagnosticSink boiler;
    check_boilerplate(doc, rules, boiler);
    if (filter.enabled("boilerplate")) sink.append(boiler.take());
    DiagnosticSink dup;
    check_duplicate_passages(doc, dup);
    if (filter.enabled("duplicate-passage")) sink.append(dup.take());
  }
  segment_sentences(doc);

  for (Diagnostic& d : sink.take()) {
    if (filter.enabled(d.check)) analysis.diagnostics.push_back(std::move(d));
  }
}

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

}  // namespace

int run(const Options& options, Streams& streams) {
  if (options.version) {
    streams.out += fmt::format("claimlint {}\n", CLAIMLINT_VERSION);
    return 0;
  }
  if (options.list_checks) return list_checks(streams);
  if (options.explain) return explain(*options.explain, streams);

  Analysis analysis;
  RuleSet rules;
  bool rules_broken = false;
  std::vector<Error> rule_errors;
  if (!options.no_builtin_rules) rule_errors = rules.load_builtin();
  for (const std::string& dir : options.rule_dirs) {
    std::vector<Error> more = rules.load_directory(dir);
    rule_errors.insert(rule_errors.end(), more.begin(), more.end());
  }
  for (const Error& e : rule_errors) {
    analysis.messages.push_back(rule_error(e));
    rules_broken = true;
  }
  rules.finalize();

  const CheckFilter filter(options.warning_flags);
  SourceManager sources;
  for (const InputItem& item : expand_inputs(options.paths)) {
    if (!item.error.empty()) {
      analysis.messages.push_back({Severity::error, fmt::format("cannot read '{}': {}", item.path, item.error),
                                   item.path, 0, 0, false});
      analysis.input_error = true;
      continue;
    }
    Expected<std::string> bytes = read_input(item);
    if (!bytes) {
      analysis.messages.push_back({Severity::error,
                                   fmt::format("cannot read '{}': {}", item.path, bytes.error().message), item.path,
                                   0, 0, false});
      analysis.input_error = true;
      continue;
    }
    const SourceFile& file = sources.add(item.path, std::move(*bytes));
    analyze(file, options, rules, filter, analysis);
  }

  sort_diagnostics(analysis.diagnostics, sources);
  const bool color = use_color(options, streams);
  switch (options.format) {
    case OutputFormat::text: streams.out += render_text(analysis.diagnostics, sources, {color}); break;
    case OutputFormat::json: streams.out += render_json(analysis.diagnostics, sources, false); break;
    case OutputFormat::jsonl: streams.out += render_json(analysis.diagnostics, sources, true); break;
    case OutputFormat::sarif: streams.out += render_sarif(analysis.diagnostics, sources, analysis.messages); break;
    case OutputFormat::github: streams.out += render_github(analysis.diagnostics, sources); break;
  }
  for (const RunMessage& m : analysis.messages) streams.err += render_run_message(m, false);

  if (analysis.input_error || rules_broken) return 2;
  for (const Diagnostic& d : analysis.diagnostics) {
    if (d.severity >= options.fail_on) return 1;
  }
  return 0;
}

}  // namespace claimlint
