// JsonReader: see json_reader.h.
#include "util/json_reader.h"

#include <charconv>

#include "util/utf8.h"

namespace claimlint {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The value of a run of decimal digits, summed directly when there are at
// most `max_digits` (a bound under which the type cannot overflow), else
// by from_chars; false if out of range.
template <typename Int>
bool digits_value(std::string_view digits, std::size_t max_digits, Int& out) {
  if (digits.size() <= max_digits) {
    Int v = 0;
    for (const char c : digits) v = v * 10 + (c - '0');
    out = v;
    return true;
  }
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
  return ec == std::errc() && end == digits.data() + digits.size();
}

// 10^19 - 1 fits 64 unsigned bits, 10^18 - 1 (signed) 63.
constexpr std::size_t k_unsigned_digits = 19;
constexpr std::size_t k_signed_digits = 18;

// The value of an integer token, "-" and digits, in 64 signed bits.
bool signed_value(std::string_view token, std::int64_t& out) {
  if (token.front() == '-' && token.size() - 1 <= k_signed_digits) {
    std::int64_t magnitude = 0;
    (void)digits_value(token.substr(1), k_signed_digits, magnitude);
    out = -magnitude;
    return true;
  }
  return digits_value(token, k_signed_digits, out);
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

void JsonReader::skip_space_run() {
  while (pos_ < text_.size()) {
    const char c = text_[pos_];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
    ++pos_;
  }
}

bool JsonReader::at_end() {
  if (failed_) return false;
  skip_space();
  return pos_ == text_.size();
}

bool JsonReader::key(std::string_view& out) {
  if (!expect('"')) return false;
  // The bytes up to the next quote, unchecked: a key holding an escape,
  // a control character or non-ASCII is no field name, and an unknown key
  // fails the reading anyway.
  const std::size_t end = text_.find('"', pos_);
  if (end == std::string_view::npos) return fail();
  out = text_.substr(pos_, end - pos_);
  pos_ = end + 1;
  return expect(':');
}

bool JsonReader::string(std::string& out) {
  out.clear();
  if (!expect('"')) return false;
  while (pos_ < text_.size()) {
    // A run of plain ASCII is copied at once.
    const std::size_t start = pos_;
    while (pos_ < text_.size()) {
      const auto b = static_cast<unsigned char>(text_[pos_]);
      if (b == '"' || b == '\\' || b < 0x20 || b >= 0x80) break;
      ++pos_;
    }
    out.append(text_.data() + start, pos_ - start);
    if (pos_ == text_.size()) break;
    const auto b = static_cast<unsigned char>(text_[pos_]);
    if (b == '"') {
      ++pos_;
      return true;
    }
    if (b < 0x20) return fail();  // a raw control character
    if (b >= 0x80) {
      const utf8::Decoded d = utf8::decode(text_, pos_);
      if (!d.valid) return fail();
      out.append(text_.data() + pos_, d.length);
      pos_ += d.length;
      continue;
    }
    // An escape.
    if (++pos_ == text_.size()) break;
    switch (text_[pos_++]) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        auto hex4 = [this]() -> long {
          if (text_.size() - pos_ < 4) return -1;
          long v = 0;
          for (int k = 0; k < 4; ++k) {
            const int h = hex_value(text_[pos_ + k]);
            if (h < 0) return -1;
            v = v * 16 + h;
          }
          pos_ += 4;
          return v;
        };
        long cp = hex4();
        if (cp < 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) return fail();
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          if (text_.size() - pos_ < 2 || text_[pos_] != '\\' || text_[pos_ + 1] != 'u') return fail();
          pos_ += 2;
          const long low = hex4();
          if (low < 0xDC00 || low > 0xDFFF) return fail();
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        utf8::append(out, static_cast<char32_t>(cp));
        break;
      }
      default:
        return fail();
    }
  }
  return fail();  // unterminated
}

bool JsonReader::boolean(bool& out) {
  if (failed_) return false;
  skip_space();
  const std::string_view rest = text_.substr(pos_);
  if (rest.starts_with("true")) {
    pos_ += 4;
    out = true;
    return true;
  }
  if (rest.starts_with("false")) {
    pos_ += 5;
    out = false;
    return true;
  }
  return fail();
}

bool JsonReader::null() {
  if (failed_) return false;
  skip_space();
  if (text_.substr(pos_).starts_with("null")) {
    pos_ += 4;
    return true;
  }
  return false;
}

bool JsonReader::number_token(std::string_view& token, bool& integer) {
  if (failed_) return false;
  skip_space();
  const std::size_t start = pos_;
  auto digits = [this] {
    const std::size_t from = pos_;
    while (pos_ < text_.size() && is_digit(text_[pos_])) ++pos_;
    return pos_ > from;
  };
  if (pos_ < text_.size() && text_[pos_] == '-') ++pos_;
  if (pos_ < text_.size() && text_[pos_] == '0') {
    ++pos_;
  } else if (!digits()) {
    return fail();
  }
  integer = true;
  if (pos_ < text_.size() && text_[pos_] == '.') {
    ++pos_;
    if (!digits()) return fail();
    integer = false;
  }
  if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
    ++pos_;
    if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) ++pos_;
    if (!digits()) return fail();
    integer = false;
  }
  // "01" or "1x": not a number token nlohmann would end here.
  if (pos_ < text_.size() && (is_digit(text_[pos_]) || text_[pos_] == '.' || text_[pos_] == 'e' ||
                              text_[pos_] == 'E' || text_[pos_] == '-' || text_[pos_] == '+')) {
    return fail();
  }
  token = text_.substr(start, pos_ - start);
  return true;
}

bool JsonReader::unsigned_integer(std::uint64_t& out) {
  std::string_view t;
  bool integer = false;
  if (!number_token(t, integer)) return false;
  if (!integer || t.front() == '-') return fail();
  return digits_value(t, k_unsigned_digits, out) || fail();
}

bool JsonReader::signed_integer(std::int64_t& out) {
  std::string_view t;
  bool integer = false;
  if (!number_token(t, integer)) return false;
  if (!integer) return fail();
  return signed_value(t, out) || fail();
}

bool JsonReader::number(double& out) {
  std::string_view t;
  bool integer = false;
  if (!number_token(t, integer)) return false;
  if (integer) {
    // nlohmann keeps an integer token as a 64-bit integer ("-0" is 0) and
    // converts it; one out of range is read as a double, as below.
    if (t.front() == '-') {
      std::int64_t v = 0;
      if (signed_value(t, v)) {
        out = static_cast<double>(v);
        return true;
      }
    } else {
      std::uint64_t v = 0;
      if (digits_value(t, k_unsigned_digits, v)) {
        out = static_cast<double>(v);
        return true;
      }
    }
  }
  // Correctly rounded, as strtod; out of range (nlohmann: inf and an
  // error, or a subnormal) is left to nlohmann.
  const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), out);
  return (ec == std::errc() && end == t.data() + t.size()) || fail();
}

}  // namespace claimlint
