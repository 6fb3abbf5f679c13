// The per-document front end shared by lint and extract.
#include "cli/pipeline.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <span>

#include <fmt/format.h>

#include "bind/binder.h"
#include "check/arithmetic_checks.h"
#include "check/boilerplate.h"
#include "check/date_checks.h"
#include "check/duplicate_passage.h"
#include "check/mojibake.h"
#include "check/suppressions.h"
#include "diag/diagnostic_sink.h"
#include "markup/markup.h"
#include "markup/metadata.h"
#include "extract/date_extractor.h"
#include "extract/quantities.h"
#include "normalize/normalizer.h"
#include "report/location.h"
#include "segment/segmenter.h"
#include "source/decode.h"
#include "source/input_walker.h"
#include "util/huge_pages.h"
#include "util/glob.h"

namespace claimlint {
namespace fs = std::filesystem;
namespace {

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
  if (decoded.bad_count > 1) d.message += fmt::format(" ({} more in this file)", decoded.bad_count - 1);
  d.range = {file.id(), first};
  sink.report(std::move(d));
}

// A walked file is linted if the applicable config's include globs (or,
// without them, the article extensions) select it and no exclude glob does.
bool selected(const std::string& path, const FileSettings& settings) {
  const Config* c = settings.config;
  if (!c || (c->include.empty() && c->exclude.empty())) return is_article_extension(path);
  std::error_code ec;
  const std::string rel = fs::relative(fs::absolute(path, ec), fs::absolute(c->dir, ec), ec).generic_string();
  for (const std::string& g : c->exclude) {
    if (glob_match(g, rel)) return false;
  }
  if (c->include.empty()) return is_article_extension(path);
  for (const std::string& g : c->include) {
    if (glob_match(g, rel)) return true;
  }
  return false;
}

// Plain-text suppression directives are lines of their own: split them off
// the paragraph they head and keep them out of the analysis.
void exclude_suppression_lines(Document& doc) {
  // A suppression line starts with the directive's marker: most documents
  // hold none.
  if (!may_have_suppressions(doc.text)) return;
  std::vector<Paragraph> out;
  for (const Paragraph& p : doc.paragraphs) {
    ByteRange rest = p.range;
    while (!rest.empty()) {
      const std::size_t nl = doc.text.find('\n', rest.begin);
      const std::size_t line_end = nl == std::string::npos || nl >= rest.end ? rest.end : nl;
      if (!is_suppression_line(doc.view({rest.begin, line_end}))) break;
      out.push_back({{rest.begin, line_end}, false, true});
      rest.begin = std::min(rest.end, line_end + 1);
    }
    if (!rest.empty()) out.push_back({rest, p.prose, p.excluded});
  }
  doc.paragraphs = std::move(out);
}

// "It" and "the company" (see resolve_anaphors): the names of the
// paragraph before each sentence with such a claim, and of the sentence
// just before, are the only ones read.
void resolve_paragraph_anaphors(const Document& doc, DocumentBinder& binder, std::vector<Claim>& claims) {
  std::vector<char> anaphoric(doc.sentences.size());
  bool any_anaphor = false;
  for (const Claim& c : claims) {
    if (!c.anaphoric) continue;
    anaphoric[c.sentence] = true;
    any_anaphor = true;
  }
  if (!any_anaphor) return;
  // The sentences before one with an anaphoric claim in its paragraph.
  std::vector<char> named(doc.sentences.size());
  bool later = false;  // a later sentence of the paragraph has one
  for (std::size_t s = doc.sentences.size(); s-- > 0;) {
    if (s + 1 < doc.sentences.size() && doc.sentences[s].paragraph != doc.sentences[s + 1].paragraph) later = false;
    named[s] = later;
    if (anaphoric[s]) later = true;
  }
  std::vector<std::vector<std::string>> names_before(doc.sentences.size());
  std::vector<std::vector<std::string>> opening_before(doc.sentences.size());
  std::vector<std::string> seen;
  std::vector<std::string> opening;  // of sentence s - 1, when it was read
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const bool same_paragraph = s > 0 && doc.sentences[s].paragraph == doc.sentences[s - 1].paragraph;
    if (s > 0 && !same_paragraph) seen.clear();
    if (anaphoric[s]) {
      names_before[s] = seen;
      // The sentence before, in the paragraph, was read: it is named.
      if (same_paragraph) opening_before[s] = std::move(opening);
    }
    opening.clear();
    if (!named[s]) continue;
    for (std::string& n : binder.names(s, &opening)) {
      if (std::find(seen.begin(), seen.end(), n) == seen.end()) seen.push_back(std::move(n));
    }
  }
  resolve_anaphors(doc, claims, names_before, opening_before, &binder.language());
}

// "85 black steers averaging 550 pounds, brought $2,266 a head": in a
// story that tells money in dollars and none with a pound sign, "pounds"
// weigh; so do they after a verb of weighing ("weighing 300 pounds")
// anywhere. Such sums of pounds become quantities in "lb".
void pounds_of_weight(const Document& doc, std::vector<std::vector<Quantity>>& quantities) {
  const auto worded_pounds = [&](std::size_t s, const Quantity& q) {
    if (q.kind != QuantityKind::currency || q.unit != "GBP") return false;
    const std::string_view text = doc.view(doc.sentences[s].range).substr(q.range.begin, q.range.size());
    return text.ends_with(" pounds") || text.ends_with(" pound");
  };
  bool dollars = false;
  bool sterling = false;
  bool worded = false;
  for (std::size_t s = 0; s < quantities.size(); ++s) {
    for (const Quantity& q : quantities[s]) {
      if (q.kind != QuantityKind::currency) continue;
      dollars = dollars || q.unit == "USD";
      if (worded_pounds(s, q)) worded = true;
      else sterling = sterling || q.unit == "GBP";
    }
  }
  if (!worded) return;
  for (std::size_t s = 0; s < quantities.size(); ++s) {
    const std::string_view sentence = doc.view(doc.sentences[s].range);
    for (Quantity& q : quantities[s]) {
      if (!worded_pounds(s, q)) continue;
      std::string_view before = sentence.substr(0, q.range.begin);
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      const std::size_t space = before.find_last_of(' ');
      const std::string_view word = space == std::string_view::npos ? before : before.substr(space + 1);
      const bool weighing = word == "weighing" || word == "weighs" || word == "weighed" || word == "weigh";
      if (!weighing && !(dollars && !sterling)) continue;
      q.kind = QuantityKind::quantity;
      q.unit = "lb";
    }
  }
}

// Extract and bind the quantities of every sentence (DESIGN "extract",
// "bind").
void bind_claims(const Document& doc, const std::vector<DateMention>& all_dates, const RuleSet& rules,
                 std::vector<Claim>& claims, StageTimes& times) {
  const BindLanguage* lex = rules.bind_for(doc.meta.lang);
  if (!lex) return;
  // Extract every sentence, then bind every sentence: two timed stages per
  // document, not two per sentence (a clock read is not free).
  std::optional<StageTimer> timer;
  timer.emplace(times, Stage::extract);
  std::vector<std::vector<Quantity>> quantities(doc.sentences.size());
  // A document in a language of decimal commas may write decimal points
  // ("186,400 toneladas", "38.5 millones": the Mexican press).
  // (The text is read only where the mark is a comma.)
  const LanguageLexicon* words = rules.lexicon_for(doc.meta.lang);
  if (words && words->decimal_mark == "," && writes_decimal_point(doc.text)) {
    words = rules.point_lexicon_for(doc.meta.lang);
  }
  // A story filed from Bogotá or Mexico City counts in its own pesos
  // ("186,450 millones de pesos", "$4.860 millones").
  if (words) words = rules.local_lexicon_for(words, local_currency(doc.text, *words, k_metadata_lines));
  if (words) {
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
      quantities[s] = extract_quantities(doc.view(doc.sentences[s].range), *words);
    }
    pounds_of_weight(doc, quantities);
  }
  timer.emplace(times, Stage::bind);
  // The sentences with figures or dates, the only ones bound: the binder
  // reads what it needs of the others only if asked.
  std::vector<std::span<const DateMention>> dates(doc.sentences.size());
  std::vector<std::size_t> bound;
  for (std::size_t s = 0, next_date = 0; s < doc.sentences.size(); ++s) {
    const std::size_t first_date = next_date;
    while (next_date < all_dates.size() && all_dates[next_date].sentence == s) ++next_date;
    dates[s] = std::span<const DateMention>(all_dates.data() + first_date, next_date - first_date);
    if (!quantities[s].empty() || !dates[s].empty()) bound.push_back(s);
  }
  DocumentBinder binder(doc, *lex, bound);
  // Each figure becomes one claim: room for them all, so that the claims
  // are not moved as the vector grows.
  std::size_t figures = 0;
  for (const std::vector<Quantity>& q : quantities) figures += q.size();
  claims.reserve(claims.size() + figures);
  for (const std::size_t s : bound) binder.bind(s, quantities[s], dates[s], claims);
  // A bare "pesos" in a story whose dateline names no country is money of
  // no known currency, read as a count: it is of no measure, so that no
  // two such sums of a company ("9,486 millones de pesos" of revenue,
  // "3,400 millones de pesos" of investment) are taken for one figure.
  if (words && !words->local_currency_names.empty()) {
    for (Claim& c : claims) {
      if (c.quantity.kind != QuantityKind::count || c.measure != c.quantity.unit) continue;
      const auto& names = words->local_currency_names;
      if (std::find(names.begin(), names.end(), c.quantity.unit) != names.end()) c.measure.clear();
    }
  }
  binder.resolve_named_anaphors(claims);
  resolve_paragraph_anaphors(doc, binder, claims);
  unify_short_names(claims);
  unify_with_document_names(doc, *lex, claims);
}

// A "Published: 2026-01-28" line opening a plain-text story is metadata
// (read by markup), not prose to analyse.
void exclude_metadata_lines(Document& doc) {
  static constexpr std::string_view k_labels[] = {"published:", "date:", "publicado:", "fecha:", "updated:"};
  for (std::size_t p = 0; p < doc.paragraphs.size() && p < 3; ++p) {
    std::string head(doc.view(doc.paragraphs[p].range).substr(0, 12));
    std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (std::string_view label : k_labels) {
      if (head.starts_with(label)) doc.paragraphs[p].excluded = true;
    }
  }
}

}  // namespace

std::string_view stage_name(Stage s) {
  static constexpr std::string_view k_names[k_stage_count] = {
      "read", "decode", "markup", "normalize", "segment", "document-checks", "extract", "bind", "index", "check", "report"};
  return k_names[static_cast<std::size_t>(s)];
}

std::string stats_json(std::size_t files, std::size_t bytes, std::size_t claims, const StageTimes& times, double wall) {
  std::string seconds;
  for (std::size_t i = 0; i < k_stage_count; ++i) {
    seconds += fmt::format("{}\"{}\":{:.6f}", i ? "," : "", stage_name(static_cast<Stage>(i)), times.seconds[i]);
  }
  return fmt::format("{{\"files\":{},\"bytes\":{},\"claims\":{},\"seconds\":{{{}}},\"wall\":{:.6f}}}\n", files, bytes,
                     claims, seconds, wall);
}

StageTimer::StageTimer(StageTimes& times, Stage stage)
    : times_(times), stage_(stage), start_(std::chrono::steady_clock::now()) {}

StageTimer::~StageTimer() {
  times_[stage_] += std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

std::vector<InputFile> read_inputs(const std::vector<std::string>& paths, bool reference, std::size_t max_size,
                                   SettingsResolver& resolver, SourceManager& sources,
                                   std::vector<RunMessage>& messages, bool& input_error, StageTimes* times) {
  StageTimes local;
  StageTimer timer(times ? *times : local, Stage::read);
  // The walk of a large tree allocates a record per file: on huge pages
  // too, as the front end's work is (see run_front_end).
  memory::prepare_heap_growth();
  std::vector<InputFile> files;
  std::size_t order = 0;
  const auto keep = [&](const std::string& path) { return selected(path, resolver.for_path(path)); };
  for (const InputItem& item : expand_inputs(paths, keep)) {
    ++order;
    if (item.empty_directory) {
      messages.push_back({Severity::warning, fmt::format("no input files found under '{}'", item.path), item.path, 0,
                          0, false, order});
      continue;
    }
    std::string reason = item.error;
    if (!reason.empty()) {
      messages.push_back({Severity::error, fmt::format("cannot read '{}': {}", item.path, reason), item.path, 0, 0,
                          false, order});
      input_error = true;
      continue;
    }
    const FileSettings& settings = resolver.for_path(item.path);
    if (item.is_stdin) {
      // Standard input cannot be read twice: read now, kept.
      Expected<std::string> read = read_input(item, max_size);
      if (!read) {
        messages.push_back({Severity::error, fmt::format("cannot read '{}': {}", item.path, read.error().message),
                            item.path, 0, 0, false, order});
        input_error = true;
        continue;
      }
      files.push_back({order, &sources.add(item.path, std::move(*read)), &settings, reference});
    } else {
      // Files are read by the front end, on the worker threads.
      files.push_back({order, &sources.add(item, max_size), &settings, reference});
    }
    memory::advise_heap_growth();
  }
  return files;
}

DocumentResult front_end(const InputFile& input, bool each_line, Findings findings) {
  const SourceFile& file = *input.file;
  const FileSettings& settings = *input.settings;
  DocumentResult result;
  std::optional<StageTimer> timer;
  timer.emplace(result.times, Stage::read);
  if (std::optional<Error> e = file.load()) {
    result.messages.push_back({Severity::error, fmt::format("cannot read '{}': {}", file.name(), e->message),
                               file.name(), 0, 0, false, input.order});
    result.failed = true;
    return result;
  }
  if (file.bytes().empty()) {
    result.messages.push_back(
        {Severity::note, fmt::format("skipping '{}': empty file", file.name()), file.name(), 0, 0, false, input.order});
    return result;
  }
  timer.emplace(result.times, Stage::decode);
  DecodeResult decoded = decode(file.bytes(), settings.encoding);
  if (decoded.binary_at) {
    result.messages.push_back({Severity::note,
                               fmt::format("skipping '{}': binary file (NUL byte at offset {})", file.name(),
                                           *decoded.binary_at),
                               file.name(), 0, 0, false, input.order});
    return result;
  }
  if (decoded.encoding != "UTF-8") file.set_transcoding(decoded.text, decoded.map);
  result.directives = may_have_suppressions(file.display_text());
  DiagnosticSink sink;
  report_encoding(file, decoded, sink);
  check_mojibake(file.id(), decoded.text, decoded.map, sink);
  if (decoded.bom_missing) {
    result.messages.push_back({Severity::note,
                               fmt::format("'{}' has no byte-order mark; decoded as {}", file.name(), decoded.encoding),
                               file.name(), 0, 0, false, input.order});
  }

  Document doc;
  doc.file = file.id();
  doc.map.push(std::move(decoded.map));
  const InputFormat format = settings.input_format.value_or(format_for_path(file.name()));
  timer.emplace(result.times, Stage::markup);
  MarkupResult markup = strip_markup(decoded.text, format);
  std::string().swap(decoded.text);  // frees; assigning an empty string keeps the buffer
  // A warning at a decoded-text offset (doc.map holds the decoding alone
  // yet: decoded text → original bytes).
  auto warn_at = [&](std::size_t offset, std::string text) {
    const LineColumn where = line_column(file, doc.map.to_original({offset, offset}).begin);
    result.messages.push_back({Severity::warning, std::move(text), file.name(), where.line, where.column, false,
                               input.order});
  };
  if (markup.unparsed_at) {
    warn_at(*markup.unparsed_at,
            fmt::format("skipping '{}': HTML nested deeper than {} elements", file.name(), k_max_html_parse_depth));
    return result;
  }
  if (markup.too_deep_at) {
    warn_at(*markup.too_deep_at,
            fmt::format("HTML nested deeper than {} elements; the text inside is not analysed", k_max_html_depth));
  }
  doc.map.push(std::move(markup.map));
  timer.emplace(result.times, Stage::normalize);
  NormalizeResult normalized = normalize(markup.text);
  std::string().swap(markup.text);  // only its metadata is read from here on
  doc.map.push(std::move(normalized.map));
  doc.text = std::move(normalized.text);
  // The document's own date first; --date and the config's date only when
  // it gives none (DESIGN "Command line"). The language: --lang or the
  // config, else the document's, else Spanish if its words are clearly
  // Spanish, else English.
  doc.meta.date = markup.meta.date ? markup.meta.date : settings.date;
  doc.meta.title = markup.meta.title;
  if (!settings.lang_given && !markup.meta.lang) markup.meta.lang = guess_language(doc.text);
  doc.meta.lang = settings.lang_given ? settings.lang : markup.meta.lang.value_or(settings.lang);

  timer.emplace(result.times, Stage::segment);
  if (each_line) {
    segment_lines(doc);
  } else {
    segment_paragraphs(doc);
    exclude_suppression_lines(doc);
    exclude_metadata_lines(doc);
    // Residue and repeats are found before anything is extracted, so that
    // neither is analysed (issue 2).
    timer.emplace(result.times, Stage::document_checks);
    check_boilerplate(doc, *settings.rules, sink);
    check_duplicate_passages(doc, sink);
    timer.emplace(result.times, Stage::segment);
    segment_sentences(doc);
  }
  timer.emplace(result.times, Stage::extract);
  result.dates = extract_document_dates(doc, settings.rules->dates_for(doc.meta.lang));
  // Checks whose findings are all they give: skipped when nothing prints
  // them.
  const bool all_checks = !each_line && findings == Findings::all;
  if (all_checks) {
    timer.emplace(result.times, Stage::document_checks);
    run_date_checks(doc, result.dates, *settings.rules, sink);
  }
  timer.reset();
  bind_claims(doc, result.dates, *settings.rules, result.claims, result.times);
  if (all_checks) {
    timer.emplace(result.times, Stage::document_checks);
    run_arithmetic_checks(doc, result.claims, result.dates, sink);
    timer.reset();
  }
  for (Diagnostic& d : sink.take()) {
    if (!settings.filter.enabled(d.check)) continue;
    if (auto it = settings.severity.find(d.check); it != settings.severity.end()) d.severity = it->second;
    result.diagnostics.push_back(std::move(d));
  }
  result.claim_count = result.claims.size();
  result.doc = std::move(doc);
  result.analysed = true;
  return result;
}

}  // namespace claimlint
