// Claims files: map output, reduce input.
#include "index/claims_file.h"

#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace claimlint {
namespace {

using nlohmann::json;

json range_json(const SourceRange& r) { return json::array({r.bytes.begin, r.bytes.end}); }

ByteRange range_of(const json& j) { return {j.at(0).get<std::size_t>(), j.at(1).get<std::size_t>()}; }

json optional_double(const std::optional<double>& v) {
  return v && std::isfinite(*v) ? json(*v) : json(nullptr);
}

std::optional<double> double_of(const json& j) {
  if (j.is_null()) return std::nullopt;
  return j.get<double>();
}

json fixits_json(const std::vector<FixIt>& fixits) {
  json arr = json::array();
  for (const FixIt& f : fixits) arr.push_back({{"range", range_json(f.range)}, {"replacement", f.replacement}});
  return arr;
}

std::vector<FixIt> fixits_of(const json& arr) {
  std::vector<FixIt> out;
  for (const json& f : arr) out.push_back({{FileId::invalid, range_of(f.at("range"))}, f.at("replacement").get<std::string>()});
  return out;
}

json diagnostic_json(const Diagnostic& d) {
  json j;
  j["check"] = d.check;
  j["severity"] = std::string(severity_name(d.severity));
  j["message"] = d.message;
  j["range"] = range_json(d.range);
  j["notes"] = json::array();
  for (const Note& n : d.notes) {
    json jn = {{"range", range_json(n.range)}, {"message", n.message}, {"fixits", fixits_json(n.fixits)}};
    j["notes"].push_back(std::move(jn));
  }
  j["fixits"] = fixits_json(d.fixits);
  return j;
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

json claim_json(const Claim& c) {
  const Quantity& q = c.quantity;
  json j;
  j["range"] = range_json(c.range);
  j["text"] = c.text;
  j["sentence"] = c.sentence;
  j["kind"] = std::string(to_string(q.kind));
  j["value"] = std::isfinite(q.value) ? json(q.value) : json(nullptr);
  j["low"] = optional_double(q.low);
  j["high"] = optional_double(q.high);
  j["qualifier"] = q.qualifier;
  j["unit"] = q.unit;
  j["counted"] = q.measure;
  j["measure"] = c.measure;
  j["subjects"] = c.subjects;
  j["predicate"] = c.predicate;
  j["time"] = c.time ? json(*c.time) : json(nullptr);
  j["time_days"] = c.time_days ? json::array({c.time_days->first, c.time_days->second}) : json(nullptr);
  j["time_is_update"] = c.time_is_update;
  j["modality"] = std::string(to_string(c.modality));
  j["published"] = c.published ? json(*c.published) : json(nullptr);
  j["lang"] = c.lang;
  j["anaphoric"] = c.anaphoric;
  return j;
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
  json j;
  j["claimlint_claims"] = 1;
  j["path"] = file.name();
  j["reference"] = reference;
  j["analysed"] = analysed;
  j["diagnostics"] = json::array();
  for (const Diagnostic& d : diagnostics) j["diagnostics"].push_back(diagnostic_json(d));
  j["claims"] = json::array();
  for (const Claim& c : claims) j["claims"].push_back(claim_json(c));
  j["messages"] = json::array();
  for (const RunMessage& m : messages) {
    j["messages"].push_back({{"level", std::string(severity_name(m.level))}, {"text", m.text}});
  }
  return j.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
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
