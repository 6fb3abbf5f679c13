// `claimlint extract`: what the analysis sees, as JSON Lines.
#include "cli/extract_command.h"

#include <nlohmann/json.hpp>

#include "cli/pipeline.h"
#include "report/date_records.h"
#include "report/location.h"
#include "report/claim_records.h"

namespace claimlint {
namespace {

using nlohmann::ordered_json;

// The line index (0-based, blank lines counted) of an original offset:
// the "doc" of --each-line records.
std::size_t doc_index(const SourceFile& file, std::size_t offset) { return file.line_index(file.to_display(offset)); }

void print_sentences(const SourceFile& file, const Document& doc, const Options& options, std::string& out) {
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    const SourceRange where = doc.original(sentence.range);
    const LineColumn lc = line_column(file, where.bytes.begin);
    ordered_json j;
    j["path"] = file.name();
    if (options.each_line) j["doc"] = doc_index(file, where.bytes.begin);
    j["line"] = lc.line;
    j["column"] = lc.column;
    j["start"] = where.bytes.begin;
    j["end"] = where.bytes.end;
    j["text"] = std::string(doc.view(sentence.range));
    j["paragraph"] = sentence.paragraph;
    j["sentence"] = s;
    out += j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
    out += '\n';
  }
}

}  // namespace

int run_extract(const Options& options, Streams& streams) {
  std::vector<RunMessage> messages;
  bool input_error = false;
  SettingsResolver resolver(options, messages);
  SourceManager sources;
  const std::vector<InputFile> inputs = read_inputs(options.paths, false, options.max_file_size, resolver, sources, messages, input_error);
  // Records are written on the worker while the document exists; the
  // document itself is not kept.
  const DocumentHook hook = [&options](const InputFile& input, DocumentResult& r) {
    const SourceFile& file = *input.file;
    if (options.sentences) {
      print_sentences(file, *r.doc, options, r.records);
    } else {
      append_claim_records(file, *r.doc, r.claims, options.each_line, r.records);
      append_date_records(file, *r.doc, *input.settings->rules, options.each_line, r.records);
    }
    r.claims = std::vector<Claim>();
    r.diagnostics = std::vector<Diagnostic>();
  };
  // Written in input order as documents finish.
  const ResultEmitter emit = [&](std::size_t, DocumentResult& r) {
    messages.insert(messages.end(), r.messages.begin(), r.messages.end());
    streams.out += r.records;
    std::string().swap(r.records);  // frees; assigning may keep the buffer
    streams.flush_out();
    if (r.failed) input_error = true;
  };
  run_front_end(inputs, options, options.each_line, hook, emit);
  sort_run_messages(messages);
  for (const RunMessage& m : messages) streams.err += render_run_message(m, false);
  return input_error || resolver.broken() ? 2 : 0;
}

}  // namespace claimlint
