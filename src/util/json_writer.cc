// JsonWriter: see the header.
#include "util/json_writer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

#include <nlohmann/json.hpp>

#include "util/byte_block.h"
#include "util/utf8.h"

namespace claimlint {

namespace {

// Whether JSON must escape byte `c`: a control character (below 0x20),
// '"' or '\\'.
bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// The first byte of `value` at or after `i` that JSON must escape, or
// value.size(): sixteen bytes at a time, then byte by byte.
std::size_t next_escape(std::string_view value, std::size_t i) {
  for (; i + bytes::Block::size <= value.size(); i += bytes::Block::size) {
    const bytes::Block b = bytes::Block::load(value.data() + i);
    if (const unsigned escaped = (b.at_most(0x1F) | b.eq('"') | b.eq('\\')).mask()) return i + bytes::first(escaped);
  }
  while (i < value.size() && !needs_escape(static_cast<unsigned char>(value[i]))) ++i;
  return i;
}

}  // namespace

void append_json_string(std::string& out, std::string_view value) {
  if (utf8::first_invalid(value)) {
    // nlohmann's replacement of bad bytes, exactly.
    out += nlohmann::json(std::string(value)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  static constexpr char k_hex[] = "0123456789abcdef";
  std::size_t i = next_escape(value, 0);
  // Most strings (names, units, short claim texts) need no escape: they
  // go out quoted in one append.
  std::array<char, 64> buf;
  if (i == value.size() && value.size() + 2 <= buf.size()) {
    buf[0] = '"';
    std::memcpy(buf.data() + 1, value.data(), value.size());
    buf[value.size() + 1] = '"';
    out.append(buf.data(), value.size() + 2);
    return;
  }
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (; i < value.size(); i = next_escape(value, i + 1)) {
    const auto c = static_cast<unsigned char>(value[i]);
    out.append(value.substr(run, i - run));
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += k_hex[c >> 4];
        out += k_hex[c & 0xF];
    }
  }
  out.append(value.substr(run));
  out += '"';
}

void JsonWriter::separate() {
  if (comma_) out_ += ',';
  comma_ = true;
}

JsonWriter& JsonWriter::open(char bracket) {
  separate();
  out_ += bracket;
  comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
  out_ += bracket;
  comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::begin_object() { return open('{'); }
JsonWriter& JsonWriter::end_object() { return close('}'); }
JsonWriter& JsonWriter::begin_array() { return open('['); }
JsonWriter& JsonWriter::end_array() { return close(']'); }

JsonWriter& JsonWriter::key(std::string_view name) {
  // `,"name":` in one append: a key is written for every field of
  // hundreds of thousands of records.
  std::array<char, 64> buf;
  if (name.size() + 4 <= buf.size()) {
    char* p = buf.data();
    if (comma_) *p++ = ',';
    *p++ = '"';
    p = std::copy(name.begin(), name.end(), p);
    *p++ = '"';
    *p++ = ':';
    out_.append(buf.data(), static_cast<std::size_t>(p - buf.data()));
  } else {
    separate();
    out_ += '"';
    out_ += name;
    out_ += "\":";
  }
  comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view value) {
  separate();
  append_json_string(out_, value);
  return *this;
}

JsonWriter& JsonWriter::string_or_null(std::string_view value) {
  return value.empty() ? null() : string(value);
}

JsonWriter& JsonWriter::optional_string(const std::optional<std::string>& value) {
  return value ? string(*value) : null();
}

JsonWriter& JsonWriter::strings(const std::vector<std::string>& values) {
  begin_array();
  for (const std::string& v : values) string(v);
  return end_array();
}

JsonWriter& JsonWriter::integer(std::int64_t value) {
  separate();
  char buf[24];
  out_.append(buf, static_cast<std::size_t>(std::to_chars(buf, buf + sizeof buf, value).ptr - buf));
  return *this;
}

JsonWriter& JsonWriter::unsigned_integer(std::uint64_t value) {
  separate();
  char buf[24];
  out_.append(buf, static_cast<std::size_t>(std::to_chars(buf, buf + sizeof buf, value).ptr - buf));
  return *this;
}

JsonWriter& JsonWriter::number(double value) {
  if (!std::isfinite(value)) return null();
  separate();
  // What nlohmann::json's dump() writes for a finite double (its
  // serializer calls this very function into a buffer of 64), without
  // building a json value and a string for each number.
  std::array<char, 64> buf;
  const char* end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), value);
  out_.append(buf.data(), static_cast<std::size_t>(end - buf.data()));
  return *this;
}

JsonWriter& JsonWriter::round_trip(double value) {
  if (!std::isfinite(value)) return null();
  separate();
  char buf[32];
  out_.append(buf, static_cast<std::size_t>(std::to_chars(buf, buf + sizeof buf, value).ptr - buf));
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  separate();
  out_ += value ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  separate();
  out_ += "null";
  return *this;
}

}  // namespace claimlint
