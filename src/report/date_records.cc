// Date records: date extraction over a document's sentences, as JSON Lines.
#include "report/date_records.h"

#include "report/location.h"
#include "util/json_writer.h"

namespace claimlint {

void append_date_records(const SourceFile& file, const Document& doc, const std::vector<DateMention>& dates,
                         bool each_line, std::string& out) {
  for (const DateMention& m : dates) {
    const ByteRange sentence = doc.sentences[m.sentence].range;
    const SourceRange where = doc.original({sentence.begin + m.range.begin, sentence.begin + m.range.end});
    const LineColumn lc = line_column(file, where.bytes.begin);
    JsonWriter w(out);
    w.begin_object();
    w.key("path").string(file.name());
    if (each_line) w.key("doc").unsigned_integer(file.line_index(file.to_display(where.bytes.begin)));
    w.key("line").unsigned_integer(lc.line);
    w.key("column").unsigned_integer(lc.column);
    w.key("start").unsigned_integer(where.bytes.begin);
    w.key("end").unsigned_integer(where.bytes.end);
    w.key("text").string(m.text);
    w.key("kind").string("date");
    w.key("value").string_or_null(m.value);
    w.key("low").null();
    w.key("high").null();
    w.key("qualifier").string(to_string(m.bound));
    w.key("unit").null();
    w.key("measure").null();
    w.key("subjects").begin_array().end_array();
    w.key("predicate").null();
    w.key("time").string_or_null(m.value);
    w.key("sentence").unsigned_integer(m.sentence);
    if (!m.relative.empty()) w.key("relative").string(m.relative);
    if (!m.resolved_against.empty()) w.key("resolved_against").string(m.resolved_against);
    w.end_object();
    out += '\n';
  }
}

}  // namespace claimlint
