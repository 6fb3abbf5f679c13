// The duplicate-passage check: paragraphs repeated within one document.
#include "check/duplicate_passage.h"

#include <array>
#include <map>
#include <vector>

#include <fmt/format.h>

#include "util/utf8.h"

namespace claimlint {
namespace {

// The words of a folded paragraph, counted up to `limit`.
std::size_t count_words(std::string_view folded, std::size_t limit = static_cast<std::size_t>(-1)) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : folded) {
    const bool space = c == ' ';
    if (!space && !in_word && ++words == limit) break;
    in_word = !space;
  }
  return words;
}

}  // namespace

std::string fold_for_comparison(std::string_view paragraph) {
  // Written through a pointer into a buffer of the paragraph's size: a
  // folded character is never longer than its source (a space written
  // before it was read before it), except a bad byte, which becomes
  // U+FFFD (three bytes); the buffer grows for those.
  std::string out(paragraph.size(), '\0');
  char* base = out.data();
  std::size_t n = 0;
  bool pending_space = false;
  auto put = [&](char c) {
    if (pending_space && n != 0) base[n++] = ' ';
    pending_space = false;
    base[n++] = c;
  };
  static constexpr auto k_ascii = [] {
    // Lowercase of an ASCII byte; 0x80 for a space (a byte no ASCII maps to).
    std::array<unsigned char, 128> t{};
    for (unsigned b = 0; b < 128; ++b) t[b] = static_cast<unsigned char>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
    for (const unsigned char c : {' ', '\t', '\n', '\r'}) t[c] = 0x80;
    return t;
  }();
  const auto* bytes = reinterpret_cast<const unsigned char*>(paragraph.data());
  const std::size_t size = paragraph.size();
  std::size_t i = 0;
  while (i < size) {
    unsigned char b = bytes[i];
    if (b < 0x80) {  // ASCII: no decoding, no mapping but case and spaces
      if (k_ascii[b] == 0x80) {
        pending_space = true;
        ++i;
        continue;
      }
      if (pending_space && n != 0) base[n++] = ' ';
      pending_space = false;
      // The rest of the word, byte by byte.
      do {
        base[n++] = static_cast<char>(k_ascii[b]);
        if (++i == size) break;
        b = bytes[i];
      } while (b < 0x80 && k_ascii[b] != 0x80);
      continue;
    }
    const utf8::Decoded d = utf8::decode(paragraph, i);
    i += d.length;
    char32_t c = d.code_point;
    switch (c) {
      case U'\u2018': case U'\u2019': case U'\u201A': case U'\u2032': c = U'\''; break;
      case U'\u201C': case U'\u201D': case U'\u201E': case U'\u2033': c = U'"'; break;
      case U'\u2010': case U'\u2011': case U'\u2012': case U'\u2013': case U'\u2014': case U'\u2212': c = U'-'; break;
      case U'\u00A0': case U'\u2009': case U'\u202F': case U'\u2007': c = U' '; break;
      default: break;
    }
    if (c == U' ') {
      pending_space = true;
    } else if (c < 0x80) {
      put(static_cast<char>(c));
    } else {
      std::string encoded;
      utf8::append(encoded, c);
      // Room for a space, this character and the rest of the input.
      if (const std::size_t need = n + 1 + encoded.size() + (paragraph.size() - i); need > out.size()) {
        out.resize(need);
        base = out.data();
      }
      put(encoded[0]);
      for (std::size_t k = 1; k < encoded.size(); ++k) base[n++] = encoded[k];
    }
  }
  out.resize(n);
  return out;
}

void check_duplicate_passages(Document& doc, DiagnosticSink& sink) {
  const std::size_t n = doc.paragraphs.size();
  std::vector<std::string> folded(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (!doc.paragraphs[i].excluded) folded[i] = fold_for_comparison(doc.view(doc.paragraphs[i].range));
  }
  std::map<std::string_view, std::size_t> first_seen;  // folded prose paragraph → first index
  std::size_t i = 0;
  while (i < n) {
    const Paragraph& p = doc.paragraphs[i];
    if (p.excluded || !p.prose || count_words(folded[i], k_min_repeated_words) < k_min_repeated_words) {
      ++i;
      continue;
    }
    const auto [it, inserted] = first_seen.emplace(folded[i], i);
    if (inserted) {
      ++i;
      continue;
    }
    // Extend the repeat as far as the copy keeps matching the original,
    // without overlapping it.
    const std::size_t orig = it->second;
    std::size_t len = 1;
    while (i + len < n && orig + len < i && !doc.paragraphs[i + len].excluded &&
           !folded[i + len].empty() && folded[i + len] == folded[orig + len]) {
      ++len;
    }
    std::size_t words = 0;
    for (std::size_t k = 0; k < len; ++k) {
      words += count_words(folded[i + k]);
      doc.paragraphs[i + k].excluded = true;
    }
    Diagnostic d;
    d.check = "duplicate-passage";
    d.severity = Severity::warning;
    d.message = len == 1 ? fmt::format("paragraph of {} words repeats an earlier one", words)
                         : fmt::format("passage of {} paragraphs ({} words) repeats an earlier one", len, words);
    d.range = doc.original({doc.paragraphs[i].range.begin, doc.paragraphs[i + len - 1].range.end});
    d.notes.push_back({doc.original({doc.paragraphs[orig].range.begin, doc.paragraphs[orig + len - 1].range.end}),
                       "first occurrence is here", {}});
    d.fixits.push_back({d.range, ""});
    sink.report(std::move(d));
    i += len;
  }
}

}  // namespace claimlint
