// Claims files: map output, reduce input.
#include "index/claims_file.h"

#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "util/huge_pages.h"
#include "util/json_reader.h"
#include "util/json_writer.h"
#include "util/parallel.h"
#include "util/utf8.h"

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

// A field nlohmann would convert by a plain cast: get<std::size_t>() of
// 3.5e69 is undefined behaviour, of 2.5 is 2, of -1 is 2^64-1.
struct FieldError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string shown(const json& j) { return j.is_number() ? j.dump() : std::string(j.type_name()); }

std::size_t index_of(const json& j) {
  if (!j.is_number_unsigned()) throw FieldError(fmt::format("expected a non-negative integer, not {}", shown(j)));
  return j.get<std::size_t>();
}

long day_of(const json& j) {
  if (!j.is_number_integer() ||
      (j.is_number_unsigned() && j.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<long>::max()))) {
    throw FieldError(fmt::format("expected an integer day, not {}", shown(j)));
  }
  return j.get<long>();
}

ByteRange range_of(const json& j) { return {index_of(j.at(0)), index_of(j.at(1))}; }

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
  // Written only when there is one: claims without a place read and write
  // as they did before places were read.
  if (!c.place.empty()) w.key("place").string(c.place);
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
  c.sentence = index_of(j.at("sentence"));
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
  c.place = j.value("place", std::string());
  if (!j.at("time").is_null()) c.time = j.at("time").get<std::string>();
  if (!j.at("time_days").is_null()) c.time_days = std::make_pair(day_of(j["time_days"].at(0)), day_of(j["time_days"].at(1)));
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

// The fields of an object read so far. A key seen twice (nlohmann keeps
// the last) fails the fast reader. Required fields are numbered first,
// optional ones after them.
class Seen {
 public:
  bool first(unsigned field) {
    const std::uint32_t bit = 1u << field;
    if (bits_ & bit) return false;
    bits_ |= bit;
    return true;
  }
  /// Whether fields 0 .. count-1 were all read.
  bool has_first(unsigned count) const {
    const std::uint32_t mask = (1u << count) - 1;
    return (bits_ & mask) == mask;
  }

 private:
  std::uint32_t bits_ = 0;
};

// An object: `field(key, seen)` reads the value of each key (false for a
// key it does not know); fields 0 .. required-1 must all be present.
template <typename F>
bool read_object(JsonReader& r, unsigned required, F&& field) {
  Seen seen;
  if (!r.expect('{')) return false;
  const bool ok = r.elements('}', [&] {
    std::string_view k;
    return r.key(k) && field(k, seen);
  });
  return ok && seen.has_first(required);
}

// An array: `each()` reads one element.
template <typename F>
bool read_array(JsonReader& r, F&& each) {
  return r.expect('[') && r.elements(']', each);
}

bool read_size(JsonReader& r, std::size_t& out) {
  std::uint64_t v = 0;
  if (!r.unsigned_integer(v)) return false;
  out = static_cast<std::size_t>(v);
  return true;
}

bool read_range(JsonReader& r, ByteRange& out) {
  return r.expect('[') && read_size(r, out.begin) && r.expect(',') && read_size(r, out.end) && r.expect(']');
}

bool read_optional_double(JsonReader& r, std::optional<double>& out) {
  if (r.null()) {
    out.reset();
    return true;
  }
  double v = 0;
  if (!r.number(v)) return false;
  out = v;
  return true;
}

bool read_optional_string(JsonReader& r, std::optional<std::string>& out) {
  if (r.null()) {
    out.reset();
    return true;
  }
  out.emplace();
  return r.string(*out);
}

bool read_severity(JsonReader& r, Severity& out, Severity otherwise) {
  std::string name;
  if (!r.string(name)) return false;
  out = parse_severity(name).value_or(otherwise);
  return true;
}

bool read_fixits(JsonReader& r, std::vector<FixIt>& out) {
  return read_array(r, [&] {
    FixIt& f = out.emplace_back();
    return read_object(r, 2, [&](std::string_view k, Seen& seen) {
      if (k == "range") return seen.first(0) && read_range(r, f.range.bytes);
      if (k == "replacement") return seen.first(1) && r.string(f.replacement);
      return false;
    });
  });
}

bool read_note(JsonReader& r, Note& n) {
  // "fixits" (2) may be absent.
  return read_object(r, 2, [&](std::string_view k, Seen& seen) {
    if (k == "message") return seen.first(0) && r.string(n.message);
    if (k == "range") return seen.first(1) && read_range(r, n.range.bytes);
    if (k == "fixits") return seen.first(2) && read_fixits(r, n.fixits);
    return false;
  });
}

bool read_diagnostic(JsonReader& r, Diagnostic& d) {
  return read_object(r, 6, [&](std::string_view k, Seen& seen) {
    if (k == "check") return seen.first(0) && r.string(d.check);
    if (k == "fixits") return seen.first(1) && read_fixits(r, d.fixits);
    if (k == "message") return seen.first(2) && r.string(d.message);
    if (k == "range") return seen.first(3) && read_range(r, d.range.bytes);
    if (k == "severity") return seen.first(4) && read_severity(r, d.severity, Severity::warning);
    if (k == "notes") return seen.first(5) && read_array(r, [&] { return read_note(r, d.notes.emplace_back()); });
    return false;
  });
}

enum ClaimField : unsigned {
  f_counted, f_high, f_kind, f_lang, f_low, f_measure, f_modality, f_predicate, f_published, f_qualifier,
  f_range, f_sentence, f_subjects, f_text, f_time, f_time_days, f_time_is_update, f_unit, f_value,
  f_anaphoric, f_place,  // the optional ones, so numbered last
};

// The fields of a claim in the order put_claim writes them (byte order),
// so that the next key is nearly always the entry after the last one.
constexpr std::array<std::pair<std::string_view, ClaimField>, 21> k_claim_fields = {{
    {"anaphoric", f_anaphoric}, {"counted", f_counted},     {"high", f_high},
    {"kind", f_kind},           {"lang", f_lang},           {"low", f_low},
    {"measure", f_measure},     {"modality", f_modality},   {"place", f_place},
    {"predicate", f_predicate},
    {"published", f_published}, {"qualifier", f_qualifier}, {"range", f_range},
    {"sentence", f_sentence},   {"subjects", f_subjects},   {"text", f_text},
    {"time", f_time},           {"time_days", f_time_days}, {"time_is_update", f_time_is_update},
    {"unit", f_unit},           {"value", f_value}}};

// The next key of a claim and its colon: its index in k_claim_fields,
// trying `expected` first (one comparison, no search for the closing
// quote); the size of the table if it is no field or not a key.
std::size_t read_claim_key(JsonReader& r, std::size_t expected) {
  if (expected < k_claim_fields.size() && r.key_is(k_claim_fields[expected].first)) return expected;
  // An optional field ("place") is most often absent: then the one after it.
  if (expected + 1 < k_claim_fields.size() && r.key_is(k_claim_fields[expected + 1].first)) return expected + 1;
  std::string_view key;
  if (!r.key(key)) return k_claim_fields.size();
  for (std::size_t i = 0; i < k_claim_fields.size(); ++i) {
    if (k_claim_fields[i].first == key) return i;
  }
  return k_claim_fields.size();
}

bool read_claim(JsonReader& r, Claim& c) {
  Quantity& q = c.quantity;
  std::string name;
  std::size_t expected = 0;
  Seen seen;
  if (!r.expect('{')) return false;
  const bool ok = r.elements('}', [&] {
    const std::size_t i = read_claim_key(r, expected);
    if (i == k_claim_fields.size() || !seen.first(k_claim_fields[i].second)) return false;
    expected = i + 1;
    switch (k_claim_fields[i].second) {
      case f_anaphoric: return r.boolean(c.anaphoric);
      case f_counted: return r.string(q.measure);
      case f_high: return read_optional_double(r, q.high);
      case f_kind:
        if (!r.string(name)) return false;
        q.kind = kind_of(name).value_or(QuantityKind::number);
        return true;
      case f_lang: return r.string(c.lang);
      case f_low: return read_optional_double(r, q.low);
      case f_measure: return r.string(c.measure);
      case f_modality:
        if (!r.string(name)) return false;
        c.modality = modality_of(name);
        return true;
      case f_place: return r.string(c.place);
      case f_predicate: return r.string(c.predicate);
      case f_published: return read_optional_string(r, c.published);
      case f_qualifier: return r.string(q.qualifier);
      case f_range: return read_range(r, c.range.bytes);
      case f_sentence: return read_size(r, c.sentence);
      case f_subjects: return read_array(r, [&] { return r.string(c.subjects.emplace_back()); });
      case f_text: return r.string(c.text);
      case f_time: return read_optional_string(r, c.time);
      case f_time_days: {
        if (r.null()) return true;
        std::int64_t from = 0;
        std::int64_t to = 0;
        if (!(r.expect('[') && r.signed_integer(from) && r.expect(',') && r.signed_integer(to) && r.expect(']'))) {
          return false;
        }
        c.time_days = std::make_pair(static_cast<long>(from), static_cast<long>(to));
        return true;
      }
      case f_time_is_update: return r.boolean(c.time_is_update);
      case f_unit: return r.string(q.unit);
      case f_value:
        if (r.null()) {
          q.value = NAN;
          return true;
        }
        return r.number(q.value);
    }
    return false;
  });
  return ok && seen.has_first(f_anaphoric);
}

bool read_message(JsonReader& r, RunMessage& m) {
  return read_object(r, 2, [&](std::string_view k, Seen& seen) {
    if (k == "level") return seen.first(0) && read_severity(r, m.level, Severity::note);
    if (k == "text") return seen.first(1) && r.string(m.text);
    return false;
  });
}

// One record read without a document tree, or nullopt where nlohmann must
// decide (see JsonReader). When it gives a record, it is the one
// parse_record_tree gives.
std::optional<DocumentRecord> parse_record_fast(std::string_view line, const ClaimFilter& keep) {
  JsonReader r(line);
  DocumentRecord rec;
  const bool ok = read_object(r, 7, [&](std::string_view k, Seen& seen) {
    if (k == "analysed") return seen.first(0) && r.boolean(rec.analysed);
    if (k == "claimlint_claims") {
      double version = 0;
      return seen.first(1) && r.number(version);
    }
    if (k == "path") return seen.first(2) && r.string(rec.path);
    if (k == "reference") return seen.first(3) && r.boolean(rec.reference);
    if (k == "claims") {
      // Each claim is read on its own and moved into the record only if
      // kept: the vector grows by the claims kept, not by every claim read.
      return seen.first(4) && read_array(r, [&] {
        Claim c;
        if (!read_claim(r, c)) return false;
        ++rec.claim_count;
        if (!keep || keep(c)) rec.claims.push_back(std::move(c));
        return true;
      });
    }
    if (k == "diagnostics") {
      return seen.first(5) && read_array(r, [&] { return read_diagnostic(r, rec.diagnostics.emplace_back()); });
    }
    if (k == "messages") {
      return seen.first(6) && read_array(r, [&] { return read_message(r, rec.messages.emplace_back()); });
    }
    return false;
  });
  if (!ok || !r.at_end()) return std::nullopt;
  for (RunMessage& m : rec.messages) m.path = rec.path;
  return rec;
}

// One line of a claims file, through nlohmann's document tree: the
// reference reading, and the errors.
Expected<std::optional<DocumentRecord>> parse_record_tree(const std::string& path, std::string_view line,
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
    r.claim_count = r.claims.size();
    for (const json& m : j.at("messages")) {
      RunMessage msg;
      msg.level = parse_severity(m.at("level").get<std::string>()).value_or(Severity::note);
      msg.text = m.at("text").get<std::string>();
      msg.path = r.path;
      r.messages.push_back(std::move(msg));
    }
    return std::optional<DocumentRecord>(std::move(r));
  } catch (const FieldError& e) {
    return Error{fmt::format("invalid claims record: {}", e.what()), ErrorLocation{path, line_no, 1}};
  } catch (const json::exception& e) {
    // nlohmann quotes the bytes it last read, which may not be UTF-8.
    return Error{fmt::format("invalid claims record: {}", utf8::replace_invalid(e.what())),
                 ErrorLocation{path, line_no, 1}};
  }
}

// One line of a claims file; nullopt for a blank line. The fast reading
// takes every line claimlint writes; nlohmann::json the rest.
// Claims `keep` rejects are dropped.
Expected<std::optional<DocumentRecord>> parse_record(const std::string& path, std::string_view line,
                                                     std::size_t line_no, const ClaimFilter& keep = {}) {
  if (std::optional<DocumentRecord> fast = parse_record_fast(line, keep)) {
    return std::optional<DocumentRecord>(std::move(fast));
  }
  Expected<std::optional<DocumentRecord>> tree = parse_record_tree(path, line, line_no);
  if (keep && tree && *tree) std::erase_if((*tree)->claims, [&](const Claim& c) { return !keep(c); });
  return tree;
}

}  // namespace

std::optional<DocumentRecord> detail::read_record_fast(std::string_view line) { return parse_record_fast(line, {}); }

Expected<std::optional<DocumentRecord>> detail::read_record_tree(const std::string& path, std::string_view line,
                                                                 std::size_t line_no) {
  return parse_record_tree(path, line, line_no);
}

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

std::optional<Error> read_claims_batches(const std::string& path, std::istream& in,
                                         const std::function<void(std::span<DocumentRecord>)>& each_batch,
                                         unsigned jobs, const ClaimFilter& keep) {
  // Lines are read in batches and parsed on `jobs` threads; a batch bounds
  // what is held at once.
  constexpr std::size_t k_batch_lines = 2048;
  constexpr std::size_t k_batch_bytes = std::size_t{16} << 20;
  std::vector<std::string> lines;
  std::vector<std::optional<Expected<std::optional<DocumentRecord>>>> parsed;
  std::vector<DocumentRecord> records;
  std::size_t line_no = 0;
  for (bool more = true; more;) {
    lines.clear();
    std::size_t bytes = 0;
    while (lines.size() < k_batch_lines && bytes < k_batch_bytes) {
      std::string& line = lines.emplace_back();
      if (!std::getline(in, line)) {
        lines.pop_back();
        more = false;
        break;
      }
      bytes += line.size();
    }
    parsed.assign(lines.size(), std::nullopt);
    parallel_for(lines.size(), jobs, [&](std::size_t i) {
      parsed[i].emplace(parse_record(path, lines[i], line_no + i + 1, keep));
      // The records' claims are kept: their heap on huge pages (a no-op
      // unless the caller prepared it, as check does).
      memory::advise_thread_heap();
    });
    memory::advise_heap_growth();
    line_no += lines.size();
    records.clear();
    std::optional<Error> error;
    for (std::optional<Expected<std::optional<DocumentRecord>>>& r : parsed) {
      if (!*r) {
        error = r->error();
        break;
      }
      if (**r) records.push_back(std::move(***r));
    }
    if (!records.empty()) each_batch(records);
    if (error) return error;
  }
  if (in.bad()) return Error{"read error", std::nullopt};
  return std::nullopt;
}

std::optional<Error> read_claims_stream(const std::string& path, std::istream& in,
                                        const std::function<void(DocumentRecord&&)>& each, unsigned jobs) {
  return read_claims_batches(
      path, in,
      [&](std::span<DocumentRecord> batch) {
        for (DocumentRecord& r : batch) each(std::move(r));
      },
      jobs);
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
