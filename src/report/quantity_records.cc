// Quantity records: extraction over a document's sentences, as JSON Lines.
#include "report/quantity_records.h"

#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "extract/quantities.h"
#include "report/location.h"

namespace claimlint {
namespace {

using nlohmann::ordered_json;

// Integral values print as integers ("400000", not "400000.0").
ordered_json number(double v) {
  // 12 significant digits: 6 * 1.1 prints as 6.6, not 6.6000000000000005.
  if (std::isfinite(v) && v != 0) v = std::stod(fmt::format("{:.12g}", v));
  if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 9007199254740992.0) {
    return static_cast<std::int64_t>(v);
  }
  if (!std::isfinite(v)) return nullptr;
  return v;
}

ordered_json optional_number(const std::optional<double>& v) { return v ? number(*v) : ordered_json(nullptr); }

}  // namespace

void append_quantity_records(const SourceFile& file, const Document& doc, const RuleSet& rules, bool each_line,
                             std::string& out) {
  const LanguageLexicon* lex = rules.lexicon().find(doc.meta.lang);
  if (!lex) return;
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    const std::string_view text = doc.view(sentence.range);
    for (const Quantity& q : extract_quantities(text, *lex)) {
      const SourceRange where = doc.original({sentence.range.begin + q.range.begin, sentence.range.begin + q.range.end});
      const LineColumn lc = line_column(file, where.bytes.begin);
      ordered_json j;
      j["path"] = file.name();
      if (each_line) j["doc"] = file.line_index(file.to_display(where.bytes.begin));
      j["line"] = lc.line;
      j["column"] = lc.column;
      j["start"] = where.bytes.begin;
      j["end"] = where.bytes.end;
      j["text"] = std::string(text.substr(q.range.begin, q.range.size()));
      j["kind"] = std::string(to_string(q.kind));
      j["value"] = number(q.value);
      j["low"] = optional_number(q.low);
      j["high"] = optional_number(q.high);
      j["qualifier"] = q.qualifier;
      j["unit"] = q.unit.empty() ? ordered_json(nullptr) : ordered_json(q.unit);
      j["measure"] = q.measure.empty() ? ordered_json(nullptr) : ordered_json(q.measure);
      // Binding is a later issue (DESIGN pipeline "bind").
      j["subjects"] = ordered_json::array();
      j["predicate"] = nullptr;
      j["time"] = nullptr;
      j["sentence"] = s;
      out += j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
      out += '\n';
    }
  }
}

}  // namespace claimlint
