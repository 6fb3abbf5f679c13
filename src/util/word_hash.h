// Hashed word tables looked up by std::string_view without a copy.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace claimlint {

/// A transparent hash: std::string keys, std::string_view probes.
struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

/// A set of words looked up by std::string_view without a copy.
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

/// Words to a value, looked up by std::string_view without a copy.
template <typename T>
using WordMap = std::unordered_map<std::string, T, WordHash, std::equal_to<>>;

}  // namespace claimlint
