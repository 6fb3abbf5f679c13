// JsonWriter: JSON written straight into a string, field by field, for the
// record and JSON Lines outputs, which print hundreds of thousands of small
// objects (issue 9). Building each as an nlohmann::ordered_json and dumping
// it cost more than extracting the claims it holds.
//
// The bytes are those nlohmann::json's dump() gives (compact, UTF-8 kept,
// invalid UTF-8 replaced by U+FFFD), so that outputs do not change with
// the writer: strings escape '"', '\\', and control characters (\b \f \n
// \r \t, others as \u00xx); integers are decimal; other numbers are
// formatted by nlohmann::json itself.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimlint {

class JsonWriter {
 public:
  /// Appends to `out`, which must outlive the writer.
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  /// The key of the next value in an object: a name of ours, printed as
  /// is (no character of it needs escaping).
  JsonWriter& key(std::string_view name);

  JsonWriter& string(std::string_view value);
  /// A string, or null when `value` is empty.
  JsonWriter& string_or_null(std::string_view value);
  /// A string, or null when `value` holds none (an empty string stays "").
  JsonWriter& optional_string(const std::optional<std::string>& value);
  JsonWriter& strings(const std::vector<std::string>& values);
  JsonWriter& integer(std::int64_t value);
  JsonWriter& unsigned_integer(std::uint64_t value);
  /// As nlohmann::json prints a double; null when not finite.
  JsonWriter& number(double value);
  /// The shortest decimal that reads back as `value` (std::to_chars);
  /// null when not finite. Not always nlohmann's spelling ("4e+05" for
  /// 400000.0), but the same double once parsed.
  JsonWriter& round_trip(double value);
  JsonWriter& boolean(bool value);
  JsonWriter& null();

 private:
  JsonWriter& open(char bracket);
  JsonWriter& close(char bracket);
  void separate();

  std::string& out_;
  bool comma_ = false;  ///< a value was written at this level
};

/// Appends `value` as a JSON string (quoted and escaped) to `out`.
void append_json_string(std::string& out, std::string_view value);

}  // namespace claimlint
