// `claimlint extract`: what the analysis sees, as JSON Lines.
#include "cli/extract_command.h"

#include <chrono>

#include "cli/pipeline.h"
#include "report/date_records.h"
#include "report/location.h"
#include "report/claim_records.h"
#include "util/json_writer.h"

namespace claimlint {
namespace {

// The line index (0-based, blank lines counted) of an original offset:
// the "doc" of --each-line records.
std::size_t doc_index(const SourceFile& file, std::size_t offset) { return file.line_index(file.to_display(offset)); }

void print_sentences(const SourceFile& file, const Document& doc, const Options& options, std::string& out) {
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    const SourceRange where = doc.original(sentence.range);
    const LineColumn lc = line_column(file, where.bytes.begin);
    JsonWriter w(out);
    w.begin_object();
    w.key("path").string(file.name());
    if (options.each_line) w.key("doc").unsigned_integer(doc_index(file, where.bytes.begin));
    w.key("line").unsigned_integer(lc.line);
    w.key("column").unsigned_integer(lc.column);
    w.key("start").unsigned_integer(where.bytes.begin);
    w.key("end").unsigned_integer(where.bytes.end);
    w.key("text").string(doc.view(sentence.range));
    w.key("paragraph").unsigned_integer(sentence.paragraph);
    w.key("sentence").unsigned_integer(s);
    w.end_object();
    out += '\n';
  }
}

}  // namespace

int run_extract(const Options& options, Streams& streams) {
  const auto wall_start = std::chrono::steady_clock::now();
  StageTimes times;
  std::vector<RunMessage> messages;
  bool input_error = false;
  SettingsResolver resolver(options, messages);
  SourceManager sources;
  const std::vector<InputFile> inputs =
      read_inputs(options.paths, false, options.max_file_size, resolver, sources, messages, input_error, &times);
  // Records are written on the worker while the document exists; the
  // document itself is not kept.
  const DocumentHook hook = [&options](const InputFile& input, DocumentResult& r) {
    StageTimer timer(r.times, Stage::report);
    const SourceFile& file = *input.file;
    if (options.sentences) {
      print_sentences(file, *r.doc, options, r.records);
    } else {
      append_claim_records(file, *r.doc, r.claims, options.each_line, r.records);
      append_date_records(file, *r.doc, r.dates, options.each_line, r.records);
    }
    r.claims = std::vector<Claim>();
    r.diagnostics = std::vector<Diagnostic>();
  };
  // Written in input order as documents finish.
  std::size_t claims = 0;
  const ResultEmitter emit = [&](const InputFile&, DocumentResult& r) {
    times.add(r.times);
    claims += r.claim_count;
    messages.insert(messages.end(), r.messages.begin(), r.messages.end());
    streams.out += r.records;
    std::string().swap(r.records);  // frees; assigning may keep the buffer
    streams.flush_out();
    if (r.failed) input_error = true;
  };
  // Records print claims and dates, never findings.
  run_front_end(inputs, options, options.each_line, hook, emit, Findings::analysis);
  sort_run_messages(messages);
  for (const RunMessage& m : messages) streams.err += render_run_message(m, false);
  if (options.stats) {
    std::size_t bytes = 0;
    for (const InputFile& in : inputs) bytes += in.file->size();
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
    streams.err += stats_json(inputs.size(), bytes, claims, times, wall);
  }
  return input_error || resolver.broken() ? 2 : 0;
}

}  // namespace claimlint
