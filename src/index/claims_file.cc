// Claims files: map output, reduce input.
#include "index/claims_file.h"

#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "util/json_writer.h"

namespace claimlint {
namespace {

using nlohmann::json;

void put_range(JsonWriter& w, const SourceRange& r) {
  w.begin_array().unsigned_integer(r.bytes.begin).unsigned_integer(r.bytes.end).end_array();
}

void put_optional_double(JsonWriter& w, const std::optional<double>& v) {
  if (v) {
    w.round_trip(*v);
  } else {
    w.null();
  }
}

ByteRange range_of(const json& j) { return {j.at(0).get<std::size_t>(), j.at(1).get<std::size_t>()}; }

std::optional<double> double_of(const json& j) {
  if (j.is_null()) return std::nullopt;
  return j.get<double>();
}

// Keys in byte order, as nlohmann::json (a std::map) printed them.
void put_fixits(JsonWriter& w, const std::vector<FixIt>& fixits) {
  w.begin_array();
  for (const FixIt& f : fixits) {
    w.begin_object();
    put_range(w.key("range"), f.range);
    w.key("replacement").string(f.replacement);
    w.end_object();
  }
  w.end_array();
}

std::vector<FixIt> fixits_of(const json& arr) {
  std::vector<FixIt> out;
  for (const json& f : arr) out.push_back({{FileId::invalid, range_of(f.at("range"))}, f.at("replacement").get<std::string>()});
  return out;
}

void put_diagnostic(JsonWriter& w, const Diagnostic& d) {
  w.begin_object();
  w.key("check").string(d.check);
  put_fixits(w.key("fixits"), d.fixits);
  w.key("message").string(d.message);
  w.key("notes").begin_array();
  for (const Note& n : d.notes) {
    w.begin_object();
    put_fixits(w.key("fixits"), n.fixits);
    w.key("message").string(n.message);
    put_range(w.key("range"), n.range);
    w.end_object();
  }
  w.end_array();
  put_range(w.key("range"), d.range);
  w.key("severity").string(severity_name(d.severity));
  w.end_object();
}

Diagnostic diagnostic_of(const json& j) {
  Diagnostic d;
  d.check = j.at("check").get<std::string>();
  d.severity = parse_severity(j.at("severity").get<std::string>()).value_or(Severity::warning);
  d.message = j.at("message").get<std::string>();
  d.range.bytes = range_of(j.at("range"));
  for (const json& n : j.at("notes")) {
    d.notes.push_back({{FileId::invalid, range_of(n.at("range"))}, n.at("message").get<std::string>(),
                       n.contains("fixits") ? fixits_of(n["fixits"]) : std::vector<FixIt>{}});
  }
  d.fixits = fixits_of(j.at("fixits"));
  return d;
}

void put_claim(JsonWriter& w, const Claim& c) {
  const Quantity& q = c.quantity;
  w.begin_object();
  w.key("anaphoric").boolean(c.anaphoric);
  w.key("counted").string(q.measure);
  put_optional_double(w.key("high"), q.high);
  w.key("kind").string(to_string(q.kind));
  w.key("lang").string(c.lang);
  put_optional_double(w.key("low"), q.low);
  w.key("measure").string(c.measure);
  w.key("modality").string(to_string(c.modality));
  w.key("predicate").string(c.predicate);
  w.key("published").optional_string(c.published);
  w.key("qualifier").string(q.qualifier);
  put_range(w.key("range"), c.range);
  w.key("sentence").unsigned_integer(c.sentence);
  w.key("subjects").strings(c.subjects);
  w.key("text").string(c.text);
  w.key("time").optional_string(c.time);
  if (c.time_days) {
    w.key("time_days").begin_array().integer(c.time_days->first).integer(c.time_days->second).end_array();
  } else {
    w.key("time_days").null();
  }
  w.key("time_is_update").boolean(c.time_is_update);
  w.key("unit").string(q.unit);
  w.key("value").round_trip(q.value);
  w.end_object();
}

std::optional<QuantityKind> kind_of(std::string_view name) {
  for (const QuantityKind k : {QuantityKind::number, QuantityKind::count, QuantityKind::currency, QuantityKind::percent,
                               QuantityKind::percentage_point, QuantityKind::multiplier, QuantityKind::ordinal,
                               QuantityKind::date, QuantityKind::duration, QuantityKind::quantity}) {
    if (to_string(k) == name) return k;
  }
  return std::nullopt;
}

Modality modality_of(std::string_view name) {
  for (const Modality m : {Modality::plain, Modality::negated, Modality::conditional, Modality::forecast,
                           Modality::hypothetical, Modality::disputed}) {
    if (to_string(m) == name) return m;
  }
  return Modality::plain;
}

Claim claim_of(const json& j) {
  Claim c;
  c.range.bytes = range_of(j.at("range"));
  c.text = j.at("text").get<std::string>();
  c.sentence = j.at("sentence").get<std::size_t>();
  Quantity& q = c.quantity;
  q.kind = kind_of(j.at("kind").get<std::string>()).value_or(QuantityKind::number);
  q.value = j.at("value").is_null() ? NAN : j.at("value").get<double>();
  q.low = double_of(j.at("low"));
  q.high = double_of(j.at("high"));
  q.qualifier = j.at("qualifier").get<std::string>();
  q.unit = j.at("unit").get<std::string>();
  q.measure = j.at("counted").get<std::string>();
  c.measure = j.at("measure").get<std::string>();
  c.subjects = j.at("subjects").get<std::vector<std::string>>();
  c.predicate = j.at("predicate").get<std::string>();
  if (!j.at("time").is_null()) c.time = j.at("time").get<std::string>();
  if (!j.at("time_days").is_null()) c.time_days = std::make_pair(j["time_days"].at(0).get<long>(), j["time_days"].at(1).get<long>());
  c.time_is_update = j.at("time_is_update").get<bool>();
  c.modality = modality_of(j.at("modality").get<std::string>());
  if (!j.at("published").is_null()) c.published = j.at("published").get<std::string>();
  c.lang = j.at("lang").get<std::string>();
  c.anaphoric = j.value("anaphoric", false);
  return c;
}

}  // namespace

std::string write_document_record(const SourceFile& file, bool reference, bool analysed,
                                  const std::vector<Diagnostic>& diagnostics, const std::vector<Claim>& claims,
                                  const std::vector<RunMessage>& messages) {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("analysed").boolean(analysed);
  w.key("claimlint_claims").integer(1);
  w.key("claims").begin_array();
  for (const Claim& c : claims) put_claim(w, c);
  w.end_array();
  w.key("diagnostics").begin_array();
  for (const Diagnostic& d : diagnostics) put_diagnostic(w, d);
  w.end_array();
  w.key("messages").begin_array();
  for (const RunMessage& m : messages) {
    w.begin_object().key("level").string(severity_name(m.level)).key("text").string(m.text).end_object();
  }
  w.end_array();
  w.key("path").string(file.name());
  w.key("reference").boolean(reference);
  w.end_object();
  out += '\n';
  return out;
}

namespace {

// One line of a claims file; nullopt for a blank line.
Expected<std::optional<DocumentRecord>> parse_record(const std::string& path, std::string_view line,
                                                     std::size_t line_no) {
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) return std::optional<DocumentRecord>();
  try {
    const json j = json::parse(line);
    if (!j.is_object() || !j.contains("claimlint_claims")) {
      return Error{"not a claimlint claims file (write one with 'claimlint extract --claims')",
                   ErrorLocation{path, line_no, 1}};
    }
    DocumentRecord r;
    r.path = j.at("path").get<std::string>();
    r.reference = j.at("reference").get<bool>();
    r.analysed = j.at("analysed").get<bool>();
    for (const json& d : j.at("diagnostics")) r.diagnostics.push_back(diagnostic_of(d));
    for (const json& c : j.at("claims")) r.claims.push_back(claim_of(c));
    for (const json& m : j.at("messages")) {
      RunMessage msg;
      msg.level = parse_severity(m.at("level").get<std::string>()).value_or(Severity::note);
      msg.text = m.at("text").get<std::string>();
      msg.path = r.path;
      r.messages.push_back(std::move(msg));
    }
    return std::optional<DocumentRecord>(std::move(r));
  } catch (const json::exception& e) {
    return Error{fmt::format("invalid claims record: {}", e.what()), ErrorLocation{path, line_no, 1}};
  }
}

}  // namespace

Expected<std::vector<DocumentRecord>> read_claims_file(const std::string& path, std::string_view text) {
  std::vector<DocumentRecord> out;
  std::size_t line_no = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    Expected<std::optional<DocumentRecord>> r = parse_record(path, text.substr(start, end - start), ++line_no);
    if (!r) return r.error();
    if (*r) out.push_back(std::move(**r));
    start = end + 1;
  }
  return out;
}

std::optional<Error> read_claims_stream(const std::string& path, std::istream& in,
                                        const std::function<void(DocumentRecord&&)>& each) {
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    Expected<std::optional<DocumentRecord>> r = parse_record(path, line, ++line_no);
    if (!r) return r.error();
    if (*r) each(std::move(**r));
  }
  if (in.bad()) return Error{"read error", std::nullopt};
  return std::nullopt;
}

void attach_file(DocumentRecord& record, FileId file) {
  for (Diagnostic& d : record.diagnostics) {
    d.range.file = file;
    for (Note& n : d.notes) {
      n.range.file = file;
      for (FixIt& f : n.fixits) f.range.file = file;
    }
    for (FixIt& f : d.fixits) f.range.file = file;
  }
  for (Claim& c : record.claims) c.range.file = file;
}

}  // namespace claimlint
