// The per-document front end shared by lint and extract.
#include "cli/pipeline.h"

#include <fmt/format.h>

#include "check/boilerplate.h"
#include "check/duplicate_passage.h"
#include "diag/check_registry.h"
#include "markup/markup.h"
#include "normalize/normalizer.h"
#include "segment/segmenter.h"
#include "source/decode.h"
#include "source/input_walker.h"

namespace claimlint {
namespace {

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

// The encoding check (issue 2): one error per file at the first bad byte,
// counting the others.
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
    d.message += fmt::format(" ({} more in this file)", decoded.bad_count - 1);
  }
  d.range = {file.id(), first};
  sink.report(std::move(d));
}

}  // namespace

CheckFilter::CheckFilter(const std::vector<std::string>& flags) {
  for (const CheckInfo& c : all_checks()) enabled_.insert(std::string(c.id));
  for (const std::string& f : flags) {
    const bool off = f.starts_with("no-");
    const std::string id = off ? f.substr(3) : f;
    if (id == "all") {
      for (const CheckInfo& c : all_checks()) {
        if (off) enabled_.erase(std::string(c.id));
        else enabled_.insert(std::string(c.id));
      }
    } else if (off) {
      enabled_.erase(id);
    } else {
      enabled_.insert(id);
    }
  }
}

bool CheckFilter::enabled(std::string_view id) const { return enabled_.find(id) != enabled_.end(); }

RuleSet load_rules(const Options& options, RunState& state) {
  RuleSet rules;
  std::vector<Error> errors;
  if (!options.no_builtin_rules) errors = rules.load_builtin();
  for (const std::string& dir : options.rule_dirs) {
    std::vector<Error> more = rules.load_directory(dir);
    errors.insert(errors.end(), more.begin(), more.end());
  }
  for (const Error& e : errors) {
    state.messages.push_back(rule_error(e));
    state.rules_broken = true;
  }
  rules.finalize();
  return rules;
}

std::vector<InputFile> read_inputs(const Options& options, SourceManager& sources, RunState& state) {
  std::vector<InputFile> files;
  std::size_t order = 0;
  for (const InputItem& item : expand_inputs(options.paths)) {
    ++order;
    std::string reason = item.error;
    std::string bytes;
    if (reason.empty()) {
      Expected<std::string> read = read_input(item);
      if (read) bytes = std::move(*read);
      else reason = read.error().message;
    }
    if (!reason.empty()) {
      state.messages.push_back(
          {Severity::error, fmt::format("cannot read '{}': {}", item.path, reason), item.path, 0, 0, false, order});
      state.input_error = true;
      continue;
    }
    files.push_back({order, &sources.add(item.path, std::move(bytes))});
  }
  return files;
}

std::optional<Document> front_end(const InputFile& input, const Options& options, const RuleSet& rules,
                                  const CheckFilter& filter, RunState& state) {
  const SourceFile& file = *input.file;
  if (file.bytes().empty()) {
    state.messages.push_back({Severity::note, fmt::format("skipping '{}': empty file", file.name()), file.name(), 0, 0, false, input.order});
    ++state.skipped;
    return std::nullopt;
  }
  DecodeResult decoded = decode(file.bytes(), options.encoding);
  if (decoded.binary_at) {
    state.messages.push_back({Severity::note,
                              fmt::format("skipping '{}': binary file (NUL byte at offset {})", file.name(),
                                          *decoded.binary_at),
                              file.name(), 0, 0, false, input.order});
    ++state.skipped;
    return std::nullopt;
  }
  ++state.files;
  if (decoded.encoding != "UTF-8") file.set_transcoding(decoded.text, decoded.map);
  DiagnosticSink sink;
  report_encoding(file, decoded, sink);

  Document doc;
  doc.file = file.id();
  doc.map.push(std::move(decoded.map));
  const InputFormat format = options.input_format.value_or(format_for_path(file.name()));
  MarkupResult markup = strip_markup(decoded.text, format);
  decoded.text = std::string();
  doc.map.push(std::move(markup.map));
  NormalizeResult normalized = normalize(markup.text);
  doc.map.push(std::move(normalized.map));
  doc.text = std::move(normalized.text);
  if (!options.lang.empty()) doc.meta.lang = options.lang;
  if (options.date) doc.meta.date = options.date;

  if (options.each_line) {
    segment_lines(doc);
  } else {
    segment_paragraphs(doc);
    // Residue and repeats are found before anything is extracted, so that
    // neither is analysed (issue 2).
    check_boilerplate(doc, rules, sink);
    check_duplicate_passages(doc, sink);
    segment_sentences(doc);
  }
  for (Diagnostic& d : sink.take()) {
    if (filter.enabled(d.check)) state.diagnostics.push_back(std::move(d));
  }
  return doc;
}

}  // namespace claimlint
