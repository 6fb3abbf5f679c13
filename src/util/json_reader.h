// JsonReader: a strict pull reader for one JSON text, for records whose
// shape is known (claims files). It reads values in place, without a
// document tree: no per-key allocation, strings decoded straight into the
// caller's std::string.
//
// It accepts a subset of RFC 8259 and reads it as nlohmann::json does:
// numbers have the same values (integers through 64-bit integers, the
// rest correctly rounded), strings are validated UTF-8 with every escape
// decoded. What it does not accept, or cannot read exactly as nlohmann
// would (a byte-order mark, "1e999", an integer field holding 2.5, a
// lone surrogate), makes it fail; the caller then parses with nlohmann,
// which gives the answer or the error. Failure is sticky: once failed()
// every call returns false.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace claimlint {

class JsonReader {
 public:
  explicit JsonReader(std::string_view text) : text_(text) {}

  bool failed() const { return failed_; }
  /// Marks the text as not understood; returns false.
  bool fail() {
    failed_ = true;
    return false;
  }

  /// After whitespace, consumes `c` if it is next. Never fails the reader.
  bool consume(char c) {
    if (failed_) return false;
    skip_space();
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  /// As consume(c), but a missing `c` fails the reader.
  bool expect(char c) { return consume(c) || fail(); }
  /// True if only whitespace is left (and nothing failed).
  bool at_end();

  /// A key and its colon: the bytes between its quotes, as written. The
  /// caller must fail on a key it does not know (one with an escape, a
  /// control character or non-ASCII is never a known name).
  bool key(std::string_view& out);
  /// Consumes the key `name` and its colon if they come next, written as
  /// `"name":`; false (without failing) otherwise, and for a key written
  /// any other way (with spaces before the colon), which key() then reads.
  /// `name` holds no quote.
  bool key_is(std::string_view name) {
    if (failed_) return false;
    skip_space();
    const std::size_t n = name.size();
    if (text_.size() - pos_ < n + 3 || text_[pos_] != '"' || text_[pos_ + n + 1] != '"' || text_[pos_ + n + 2] != ':' ||
        text_.compare(pos_ + 1, n, name) != 0) {
      return false;
    }
    pos_ += n + 3;
    return true;
  }
  /// A string value, decoded.
  bool string(std::string& out);
  bool boolean(bool& out);
  /// Consumes `null` if it is next; false (without failing) otherwise.
  bool null();
  /// A number as nlohmann::json::get<double>() gives it.
  bool number(double& out);
  /// An integer token (no fraction, no exponent) in the range of the type.
  bool unsigned_integer(std::uint64_t& out);
  bool signed_integer(std::int64_t& out);

  /// The body of an array or object: call after its opening bracket;
  /// `each` reads one element (for an object, its key and value) and
  /// returns false to stop. Returns !failed().
  template <typename F>
  bool elements(char close, F&& each) {
    if (consume(close)) return !failed_;
    do {
      if (!each() || failed_) return fail();
    } while (consume(','));
    return expect(close);
  }

 private:
  // Claims files hold no whitespace between tokens: one test of the next
  // byte (every byte above the space is none) before the loop.
  void skip_space() {
    if (pos_ < text_.size() && static_cast<unsigned char>(text_[pos_]) > ' ') return;
    skip_space_run();
  }
  void skip_space_run();
  // The next number token (JSON grammar), or fail.
  bool number_token(std::string_view& token, bool& integer);

  std::string_view text_;
  std::size_t pos_ = 0;
  bool failed_ = false;
};

}  // namespace claimlint
