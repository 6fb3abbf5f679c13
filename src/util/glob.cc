// Glob matching for include/exclude patterns.
#include "util/glob.h"

namespace claimlint {
namespace {

bool match_set(std::string_view pattern, std::size_t& p, char c) {
  // pattern[p] == '['; on return p is past the closing ']'.
  std::size_t i = p + 1;
  const bool negate = i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^');
  if (negate) ++i;
  bool found = false;
  bool first = true;
  while (i < pattern.size() && (first || pattern[i] != ']')) {
    first = false;
    if (i + 2 < pattern.size() && pattern[i + 1] == '-' && pattern[i + 2] != ']') {
      if (pattern[i] <= c && c <= pattern[i + 2]) found = true;
      i += 3;
    } else {
      if (pattern[i] == c) found = true;
      ++i;
    }
  }
  p = i < pattern.size() ? i + 1 : i;
  return found != negate;
}

bool match_from(std::string_view pattern, std::size_t p, std::string_view path, std::size_t s) {
  while (p < pattern.size()) {
    const char pc = pattern[p];
    if (pc == '*' && p + 1 < pattern.size() && pattern[p + 1] == '*') {
      // "**/" matches zero or more directories; a trailing "**" matches all.
      std::size_t next = p + 2;
      if (next < pattern.size() && pattern[next] == '/') ++next;
      if (next >= pattern.size()) return true;
      for (std::size_t k = s; k <= path.size(); ++k) {
        if ((k == s || path[k - 1] == '/') && match_from(pattern, next, path, k)) return true;
      }
      return false;
    }
    if (pc == '*') {
      for (std::size_t k = s; k <= path.size(); ++k) {
        if (match_from(pattern, p + 1, path, k)) return true;
        if (k < path.size() && path[k] == '/') break;
      }
      return false;
    }
    if (s >= path.size()) return false;
    if (pc == '?') {
      if (path[s] == '/') return false;
    } else if (pc == '[') {
      if (path[s] == '/' || !match_set(pattern, p, path[s])) return false;
      ++s;
      continue;
    } else if (pc != path[s]) {
      return false;
    }
    ++p;
    ++s;
  }
  return s == path.size();
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  if (pattern.find('/') == std::string_view::npos) {
    const std::size_t slash = path.rfind('/');
    return match_from(pattern, 0, slash == std::string_view::npos ? path : path.substr(slash + 1), 0);
  }
  if (pattern.starts_with("./")) pattern.remove_prefix(2);
  if (path.starts_with("./")) path.remove_prefix(2);
  return match_from(pattern, 0, path, 0);
}

}  // namespace claimlint
