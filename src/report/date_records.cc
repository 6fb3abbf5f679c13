// Date records: date extraction over a document's sentences, as JSON Lines.
#include "report/date_records.h"

#include <nlohmann/json.hpp>

#include "report/location.h"

namespace claimlint {

void append_date_records(const SourceFile& file, const Document& doc, const std::vector<DateMention>& dates,
                         bool each_line, std::string& out) {
  using nlohmann::ordered_json;
  for (const DateMention& m : dates) {
    const ByteRange sentence = doc.sentences[m.sentence].range;
    const SourceRange where = doc.original({sentence.begin + m.range.begin, sentence.begin + m.range.end});
    const LineColumn lc = line_column(file, where.bytes.begin);
    const ordered_json value = m.value.empty() ? ordered_json(nullptr) : ordered_json(m.value);
    ordered_json j;
    j["path"] = file.name();
    if (each_line) j["doc"] = file.line_index(file.to_display(where.bytes.begin));
    j["line"] = lc.line;
    j["column"] = lc.column;
    j["start"] = where.bytes.begin;
    j["end"] = where.bytes.end;
    j["text"] = m.text;
    j["kind"] = "date";
    j["value"] = value;
    j["low"] = nullptr;
    j["high"] = nullptr;
    j["qualifier"] = std::string(to_string(m.bound));
    j["unit"] = nullptr;
    j["measure"] = nullptr;
    j["subjects"] = ordered_json::array();
    j["predicate"] = nullptr;
    j["time"] = value;
    j["sentence"] = m.sentence;
    if (!m.relative.empty()) j["relative"] = m.relative;
    if (!m.resolved_against.empty()) j["resolved_against"] = m.resolved_against;
    out += j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
    out += '\n';
  }
}

}  // namespace claimlint
