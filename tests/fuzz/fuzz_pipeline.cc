// Fuzz drivers: one document through the lint pipeline and every renderer,
// the number parser, rule and config loading, and the claims-file reader
// (issue 10).
#include "fuzz/fuzz_pipeline.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "check/suppressions.h"
#include "cli/pipeline.h"
#include "extract/numeral.h"
#include "extract/quantities.h"
#include "extract/token.h"
#include "index/claims_file.h"
#include "markup/markup.h"
#include "report/baseline.h"
#include "report/claim_records.h"
#include "report/date_records.h"
#include "report/renderer.h"
#include "ruleset/config.h"
#include "ruleset/rule_set.h"
#include "source/source_manager.h"
#include "support/record_text.h"
#include "util/utf8.h"


namespace claimlint::fuzz {
namespace {

using Problems = std::vector<std::string>;

// The built-in rules and one settings object per input format, built once
// and read-only afterwards (the fuzzers call the drivers from one thread).
struct Shared {
  RuleSet rules;
  FileSettings plain;
  FileSettings markdown;
  FileSettings html;

  Shared() {
    std::vector<Error> errors = rules.load_builtin();
    // A built-in rule that does not load is a bug in rules/, not a finding.
    if (!errors.empty()) {
      fmt::print(stderr, "fuzz: built-in rules do not load: {}\n", errors.front().message);
      std::abort();
    }
    for (FileSettings* s : {&plain, &markdown, &html}) s->rules = &rules;
    plain.input_format = InputFormat::plain;
    markdown.input_format = InputFormat::markdown;
    html.input_format = InputFormat::html;
    // Dated documents resolve relative dates; an undated one would leave
    // that code unreached unless the fuzzer invents a Date: line.
    plain.date = "2026-01-15";
  }
};

const Shared& shared() {
  static const Shared s;
  return s;
}

// A range of the original bytes of `file` (or no file at all) with
// begin <= end <= size: what every renderer assumes.
void check_range(const SourceRange& r, const SourceFile& file, std::string_view what, Problems& out) {
  if (r.file == FileId::invalid) return;
  if (r.file != file.id()) out.push_back(fmt::format("{}: range in another file", what));
  if (r.bytes.begin > r.bytes.end || r.bytes.end > file.bytes().size()) {
    out.push_back(fmt::format("{}: range [{}, {}) outside the file of {} bytes", what, r.bytes.begin, r.bytes.end,
                              file.bytes().size()));
  }
}

void check_json(std::string_view text, std::string_view what, Problems& out) {
  if (!nlohmann::json::accept(text)) out.push_back(fmt::format("{}: not valid JSON", what));
}

// JSON Lines: every line one JSON object; "start" and "end", when present,
// original offsets inside the file.
void check_json_lines(std::string_view text, const SourceFile& file, std::string_view what, Problems& out) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) {
      out.push_back(fmt::format("{}: last line without a newline", what));
      nl = text.size();
    }
    const std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      out.push_back(fmt::format("{}: line is not a JSON object", what));
      continue;
    }
    if (j.contains("start") && j.contains("end") && j["start"].is_number_unsigned() &&
        j["end"].is_number_unsigned()) {
      const auto start = j["start"].get<std::size_t>();
      const auto end = j["end"].get<std::size_t>();
      if (start > end || end > file.bytes().size()) {
        out.push_back(fmt::format("{}: record [{}, {}) outside the file of {} bytes", what, start, end,
                                  file.bytes().size()));
      }
    }
  }
}

void check_utf8(std::string_view text, std::string_view what, Problems& out) {
  if (utf8::first_invalid(text)) out.push_back(fmt::format("{}: output is not valid UTF-8", what));
}

// What the CLI does with one document: the front end, suppressions, the
// renderers (text, JSON, JSON Lines, SARIF, GitHub, baseline), and the
// records of `claimlint extract`. Each stage's output is checked for the
// invariants the next consumer relies on.
void run_document(std::string_view bytes, const FileSettings& settings, std::string_view name, bool each_line,
                  Problems& problems) {
  SourceManager sources;
  const SourceFile& file = sources.add(std::string(name), std::string(bytes));
  const InputFile input{1, &file, &settings, false};
  DocumentResult result = front_end(input, each_line);
  std::vector<RunMessage> messages = std::move(result.messages);
  if (!result.doc) return;
  const Document& doc = *result.doc;

  for (const Paragraph& p : doc.paragraphs) {
    if (p.range.begin > p.range.end || p.range.end > doc.text.size()) {
      problems.push_back(fmt::format("paragraph [{}, {}) outside the text", p.range.begin, p.range.end));
      return;
    }
  }
  for (const Sentence& s : doc.sentences) {
    if (s.range.begin > s.range.end || s.range.end > doc.text.size()) {
      problems.push_back(fmt::format("sentence [{}, {}) outside the text", s.range.begin, s.range.end));
      return;
    }
    check_range(doc.original(s.range), file, "sentence", problems);
  }

  std::vector<Diagnostic> diagnostics = std::move(result.diagnostics);
  for (const Diagnostic& d : diagnostics) {
    check_range(d.range, file, d.check, problems);
    for (const Note& n : d.notes) {
      check_range(n.range, file, d.check + " note", problems);
      for (const FixIt& f : n.fixits) check_range(f.range, file, d.check + " note fix-it", problems);
    }
    for (const FixIt& f : d.fixits) check_range(f.range, file, d.check + " fix-it", problems);
  }
  if (!problems.empty()) return;  // the renderers would read outside the file

  apply_suppressions(diagnostics, {&file});
  sort_diagnostics(diagnostics, sources);
  sort_run_messages(messages);
  const std::string text = render_text(diagnostics, sources, {false});
  check_utf8(text, "text", problems);
  check_utf8(render_text(diagnostics, sources, {true}), "text (colour)", problems);
  check_json(render_json(diagnostics, sources, false), "json", problems);
  check_json_lines(render_json(diagnostics, sources, true), file, "jsonl", problems);
  check_json(render_sarif(diagnostics, sources, messages), "sarif", problems);
  check_utf8(render_github(diagnostics, sources), "github", problems);
  check_json(write_baseline(diagnostics, sources), "baseline", problems);
  for (const RunMessage& m : messages) check_utf8(render_run_message(m, false), "run message", problems);

  std::string claims;
  append_claim_records(file, doc, result.claims, each_line, claims);
  check_json_lines(claims, file, "claim records", problems);
  std::string dates;
  append_date_records(file, doc, result.dates, each_line, dates);
  check_json_lines(dates, file, "date records", problems);
}

Problems run_pipeline(std::string_view bytes, const FileSettings& settings, std::string_view name) {
  Problems problems;
  run_document(bytes, settings, name, false, problems);
  // `extract --each-line`: every line its own document (DESIGN "extract").
  run_document(bytes, settings, name, true, problems);
  return problems;
}

// The number parser on one sentence, as the extractor calls it: at every
// token. Sentences reach it as normalized UTF-8, so other bytes are not a
// state it can be in.
Problems run_numeral(std::string_view sentence) {
  Problems problems;
  if (utf8::first_invalid(sentence)) return problems;
  const LanguageLexicon* lex = shared().rules.lexicon().find("en");
  if (!lex) return {"no English lexicon"};
  const std::string lower = ascii_lower(sentence);
  const auto tokens = scan_tokens(sentence, lower);
  for (const auto& t : tokens) {
    if (t.begin >= t.end || t.end > sentence.size()) {
      problems.push_back(fmt::format("token [{}, {}) outside the sentence", t.begin, t.end));
      return problems;
    }
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::optional<Numeral> n = parse_numeral(tokens, i, *lex);
    if (!n) continue;
    // A numeral starts at token i; after a plus sign, which is not made
    // part of it, at the next one.
    const bool plus = tokens[i].text == "+" && n->first == i + 1;
    if ((n->first != i && !plus) || n->last <= n->first || n->last > tokens.size()) {
      problems.push_back(fmt::format("numeral at token {} spans tokens [{}, {})", i, n->first, n->last));
    }
  }
  for (const Quantity& q : extract_quantities(sentence, *lex)) {
    if (q.range.begin > q.range.end || q.range.end > sentence.size() || q.value_range.end > sentence.size() ||
        q.value_range.begin > q.value_range.end) {
      problems.push_back(fmt::format("quantity [{}, {}) outside the sentence", q.range.begin, q.range.end));
    }
  }
  return problems;
}

// A rule file and a config file, then what the loaded rules drive: the
// boilerplate set and the extractor with a fuzzed lexicon.
Problems run_rules(std::string_view text) {
  Problems problems;
  const std::size_t lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
  auto check_error = [&](const Error& e, std::string_view what) {
    if (e.message.empty()) problems.push_back(fmt::format("{}: error without a message", what));
    check_utf8(e.message, what, problems);
    if (e.where && e.where->line > lines) {
      problems.push_back(fmt::format("{}: error on line {} of a text of {} lines", what, e.where->line, lines));
    }
  };
  RuleSet rules;
  if (std::optional<Error> e = rules.load("fuzz.toml", text)) {
    check_error(*e, "rule file");
  } else {
    static constexpr std::string_view k_paragraphs[] = {"Log in to leave a comment", "Share this article",
                                                        "Leave a Comment", ""};
    for (std::string_view p : k_paragraphs) (void)rules.match_boilerplate(p);
    static constexpr std::string_view k_sentences[] = {
        "Beijing approved more than 400,000 H200 chips worth about $10 billion.",
        "Sales rose 25% to 2.5 million units, six times more than in 2023.",
        "Las ventas subieron un 25 % hasta 2,5 millones de unidades."};
    for (const auto& [lang, lex] : rules.lexicon().languages) {
      for (std::string_view s : k_sentences) (void)extract_quantities(s, lex);
    }
  }
  Expected<Config> config = parse_config("fuzz/claimlint.toml", text);
  if (!config) check_error(config.error(), "config");
  return problems;
}

// A claims file: each line read without a tree and through nlohmann; where
// the first gives a record, the second must give the same one.
Problems run_claims(std::string_view bytes) {
  Problems problems;
  std::size_t line_no = 0;
  for (std::size_t start = 0; start <= bytes.size();) {
    std::size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    const std::string_view line = bytes.substr(start, end - start);
    ++line_no;
    const std::optional<DocumentRecord> fast = detail::read_record_fast(line);
    const Expected<std::optional<DocumentRecord>> tree = detail::read_record_tree("fuzz.jsonl", line, line_no);
    if (fast) {
      if (!tree || !*tree) {
        problems.push_back(fmt::format("line {}: read without a tree, but nlohmann rejects it", line_no));
      } else if (testing::describe(*fast) != testing::describe(**tree)) {
        problems.push_back(fmt::format("line {}: the two readings differ:\n{}\n{}", line_no,
                                       testing::describe(*fast), testing::describe(**tree)));
      }
    }
    if (!tree) check_utf8(tree.error().message, "claims error", problems);
    start = end + 1;
  }
  (void)read_claims_file("fuzz.jsonl", bytes);
  return problems;
}

}  // namespace

const std::vector<std::string_view>& target_names() {
  static const std::vector<std::string_view> names = {"plain", "markdown", "html", "numeral", "rules", "claims"};
  return names;
}

void initialize() { (void)shared(); }

std::vector<std::string> run_target(std::string_view target, std::string_view bytes) {
  const Shared& s = shared();
  if (target == "plain") return run_pipeline(bytes, s.plain, "fuzz.txt");
  if (target == "markdown") return run_pipeline(bytes, s.markdown, "fuzz.md");
  if (target == "html") return run_pipeline(bytes, s.html, "fuzz.html");
  if (target == "numeral") return run_numeral(bytes);
  if (target == "rules") return run_rules(bytes);
  if (target == "claims") return run_claims(bytes);
  return {fmt::format("unknown fuzz target '{}'", target)};
}

}  // namespace claimlint::fuzz
