// Expected<T>: a value, or an error message with an optional location.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace claimlint {

/// Where an error in a text input (a rule file, a config) is.
struct ErrorLocation {
  std::string path;
  std::size_t line = 0;    ///< 1-based; 0 = unknown
  std::size_t column = 0;  ///< 1-based code points; 0 = unknown
};

struct Error {
  std::string message;
  std::optional<ErrorLocation> where;
};

/// Either a T or an Error; like std::expected (C++23), which g++ 12 lacks.
template <typename T>
class Expected {
 public:
  Expected(T value) : v_(std::move(value)) {}
  Expected(Error error) : v_(std::move(error)) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace claimlint
