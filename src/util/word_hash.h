// Hashed word tables looked up by std::string_view without a copy.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace claimlint {

/// A transparent hash: std::string keys, std::string_view probes. FNV-1a,
/// inline: the keys are words and short phrases, probed for nearly every
/// word of a text, where a call into the library's hash costs more than
/// the hashing.
struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (const char c : s) {
      h ^= static_cast<unsigned char>(c);
      h *= 0x100000001b3ULL;
    }
    return static_cast<std::size_t>(h);
  }
};

/// A set of words looked up by std::string_view without a copy.
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

/// Words to a value, looked up by std::string_view without a copy.
template <typename T>
using WordMap = std::unordered_map<std::string, T, WordHash, std::equal_to<>>;

}  // namespace claimlint
