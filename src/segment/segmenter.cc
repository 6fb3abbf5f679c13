// Segmentation: paragraphs and sentences of a Document.
#include "segment/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "util/utf8.h"

namespace claimlint {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

ByteRange trim(std::string_view text, ByteRange r) {
  while (r.begin < r.end && (is_space(text[r.begin]) || text[r.begin] == '\n')) ++r.begin;
  while (r.end > r.begin && (is_space(text[r.end - 1]) || text[r.end - 1] == '\n')) --r.end;
  return r;
}

bool starts_lowercase(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && is_space(line[i])) ++i;
  if (i >= line.size()) return false;
  const unsigned char c = static_cast<unsigned char>(line[i]);
  return std::islower(c) || std::isdigit(c);
}

// One block: lines between blank lines.
void split_block(const std::string& text, ByteRange block, std::vector<Paragraph>& out) {
  std::vector<ByteRange> lines;
  std::size_t start = block.begin;
  for (std::size_t i = block.begin; i <= block.end; ++i) {
    if (i == block.end || text[i] == '\n') {
      const ByteRange line = trim(text, {start, i});
      if (!line.empty()) lines.push_back(line);
      start = i + 1;
    }
  }
  if (lines.empty()) return;
  const std::string_view view(text);
  std::size_t widest = 0;
  for (const ByteRange& l : lines) widest = std::max(widest, utf8::count_code_points(view.substr(l.begin, l.size())));
  const bool short_lines = widest <= k_wrap_width && lines.size() > 1;
  ByteRange current = lines[0];
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::string_view prev = view.substr(lines[i - 1].begin, lines[i - 1].size());
    const std::string_view next = view.substr(lines[i].begin, lines[i].size());
    const bool wrapped = !ends_like_sentence(prev) &&
                         (starts_lowercase(next) ||
                          (short_lines && utf8::count_code_points(prev) >= k_wrap_width / 2));
    if (wrapped) {
      current.end = lines[i].end;
    } else {
      out.push_back({current, ends_like_sentence(view.substr(current.begin, current.size())), false});
      current = lines[i];
    }
  }
  out.push_back({current, ends_like_sentence(view.substr(current.begin, current.size())), false});
}

// Abbreviations that never end a sentence, on top of ICU's own per-locale
// list (FilteredBreakIteratorBuilder, the "ss=standard" suppressions).
// Choice (issue 3): a constexpr list checked after ICU rather than
// rules/segment/*.toml, because it is short, the same for every run, and the
// rule set does not load segment rules yet; ICU's list alone misses some
// ("EE.UU.", "No. 2" only before a number, initials). The seed sentences
// "the U.S. government" and "announced by the U.S. President on December 8"
// are why. Matched case-sensitively against the whole word before the break.
constexpr std::string_view k_abbreviations[] = {
    // English
    "U.S.", "U.K.", "U.N.", "E.U.", "U.S.A.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.",
    "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Inc.", "Corp.", "Ltd.", "Co.", "Bros.",
    "approx.", "est.", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Jr.", "Sr.", "Gen.", "Gov.",
    "Sen.", "Rep.", "Lt.", "Col.", "Capt.", "vs.", "v.", "e.g.", "i.e.", "cf.", "a.m.", "p.m.",
    // Spanish
    "Sra.", "Srta.", "Sres.", "Dra.", "Ud.", "Uds.", "EE.UU.", "aprox.", "p.ej.", "S.A.", "núm.",
    "pág.", "ene.", "feb.", "abr.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic.",
};

// "No. 2", "Nos. 3 and 4", "núm. 5": an abbreviation only before a number.
constexpr std::string_view k_number_abbreviations[] = {"No.", "no.", "Nos.", "Nº.", "N.º", "Núm.", "núm."};

bool is_opening(char c) { return c == '(' || c == '[' || c == '"' || c == '\''; }

// The word that ends `text` (after trailing spaces), without opening
// brackets or quotes.
std::string_view last_word(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && (is_space(text[end - 1]) || text[end - 1] == '\n')) --end;
  std::size_t begin = end;
  while (begin > 0 && !is_space(text[begin - 1]) && text[begin - 1] != '\n') --begin;
  while (begin < end && is_opening(text[begin])) ++begin;
  return text.substr(begin, end - begin);
}

// True if the break ICU put after `before` is not a sentence end.
bool suppressed(std::string_view before, std::string_view after) {
  const std::string_view word = last_word(before);
  if (word.empty()) return false;
  for (std::string_view a : k_abbreviations) {
    if (word == a) return true;
  }
  std::size_t i = 0;
  while (i < after.size() && (is_space(after[i]) || after[i] == '\n')) ++i;
  const bool number_follows = i < after.size() && std::isdigit(static_cast<unsigned char>(after[i]));
  if (number_follows) {
    for (std::string_view a : k_number_abbreviations) {
      if (word == a) return true;
    }
  }
  // An initial: "Jensen H. Huang".
  return word.size() == 2 && word[1] == '.' && std::isupper(static_cast<unsigned char>(word[0]));
}

// ICU's sentence BreakIterator for one language, with the locale's
// suppression list. Building one costs more than splitting a whole article
// (the suppression builder reads and sorts the locale's abbreviation data),
// so each thread builds one per language and keeps it; an iterator is not
// shareable between threads, and setText() resets it between paragraphs.
std::unique_ptr<icu::BreakIterator> build_iterator(const std::string& tag) {
  const icu::Locale locale(tag.c_str());
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> base(icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status) || !base) return nullptr;
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
  if (U_FAILURE(status) || !builder) {
    // No suppression data for the locale: the plain iterator, with our
    // own list applied afterwards, still works.
    return base;
  }
  std::unique_ptr<icu::BreakIterator> filtered(builder->wrapIteratorWithFilter(base.release(), status));
  if (U_FAILURE(status) || !filtered) return nullptr;
  return filtered;
}

icu::BreakIterator* thread_iterator(std::string_view lang) {
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>, std::less<>> cache;
  const std::string tag(lang.empty() ? std::string_view("en") : lang);
  auto it = cache.find(tag);
  if (it == cache.end()) it = cache.emplace(tag, build_iterator(tag)).first;
  return it->second.get();
}

// The longest paragraph widened to UTF-16 for ICU (see breaks()).
constexpr std::size_t k_widen_limit = std::size_t{1} << 20;

class SentenceSplitter {
 public:
  explicit SentenceSplitter(std::string_view lang) : iterator_(thread_iterator(lang)) {}

  std::vector<ByteRange> split(std::string_view text) {
    std::vector<ByteRange> out;
    std::vector<std::size_t> bounds = breaks(text);
    std::size_t start = 0;
    for (std::size_t i = 0; i < bounds.size(); ++i) {
      const std::size_t b = bounds[i];
      const bool last = i + 1 == bounds.size();
      if (!last && suppressed(text.substr(start, b - start), text.substr(b))) continue;
      const ByteRange r = trim(text, {start, b});
      if (!r.empty()) out.push_back(r);
      start = b;
    }
    return out;
  }

 private:
  // Break positions (byte offsets, ending with text.size()).
  std::vector<std::size_t> breaks(std::string_view text) {
    if (!iterator_ || text.empty()) return {text.size()};
    // ICU reads UTF-16 directly, where a UTF-8 UText converts chunk after
    // chunk as the iterator moves back and forth. So the paragraph is
    // widened once into a buffer kept by the thread, with the byte offset
    // of each UTF-16 unit beside it. Line breaks inside a paragraph are
    // wrapped prose (ICU would end a sentence at each): they become spaces.
    // Text that is not valid UTF-8 keeps the UTF-8 path, whose
    // replacement of bad bytes this copy does not imitate.
    // So does a paragraph over k_widen_limit bytes, so that the buffers
    // stay small (a megabyte-long "paragraph" is a data dump, not prose).
    if (text.size() > k_widen_limit || utf8::first_invalid(text)) return breaks_utf8(text);
    thread_local std::u16string wide;
    thread_local std::vector<std::size_t> byte_at;
    // A code point takes no more UTF-16 units than UTF-8 bytes.
    if (wide.size() < text.size()) wide.resize(text.size());
    if (byte_at.size() < text.size() + 1) byte_at.resize(text.size() + 1);
    std::size_t units = 0;
    std::size_t i = 0;
    while (i < text.size()) {
      const auto b = static_cast<unsigned char>(text[i]);
      if (b < 0x80) {
        wide[units] = b == '\n' ? u' ' : static_cast<char16_t>(b);
        byte_at[units++] = i++;
        continue;
      }
      const utf8::Decoded d = utf8::decode(text, i);
      if (d.code_point > 0xFFFF) {
        const char32_t v = d.code_point - 0x10000;
        wide[units] = static_cast<char16_t>(0xD800 + (v >> 10));
        byte_at[units++] = i;
        wide[units] = static_cast<char16_t>(0xDC00 + (v & 0x3FF));
      } else {
        wide[units] = static_cast<char16_t>(d.code_point);
      }
      byte_at[units++] = i;
      i += d.length;
    }
    byte_at[units] = text.size();
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUChars(nullptr, wide.data(), static_cast<int64_t>(units), &status);
    return collect(ut, status, text.size(), [&](std::size_t unit) { return byte_at[unit]; });
  }

  std::vector<std::size_t> breaks_utf8(std::string_view text) {
    std::string flat(text);
    std::replace(flat.begin(), flat.end(), '\n', ' ');
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, flat.data(), static_cast<int64_t>(flat.size()), &status);
    return collect(ut, status, text.size(), [](std::size_t byte) { return byte; });
  }

  // The boundaries of the iterator over `ut` (closed here), as byte
  // offsets through `to_byte`.
  template <typename ToByte>
  std::vector<std::size_t> collect(UText* ut, UErrorCode status, std::size_t size, ToByte&& to_byte) {
    if (U_FAILURE(status)) {
      utext_close(ut);
      return {size};
    }
    // The thread's iterator serves every paragraph; setText() resets it.
    icu::BreakIterator* it = iterator_;
    it->setText(ut, status);
    std::vector<std::size_t> bounds;
    if (U_SUCCESS(status)) {
      it->first();
      for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
        const std::size_t at = to_byte(static_cast<std::size_t>(b));
        if (at > 0 && at <= size) bounds.push_back(at);
      }
    }
    utext_close(ut);
    if (bounds.empty() || bounds.back() != size) bounds.push_back(size);
    return bounds;
  }

  icu::BreakIterator* iterator_;
};

}  // namespace

bool ends_like_sentence(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && is_space(text[end - 1])) --end;
  // Strip closing quotes and brackets (ASCII, and the UTF-8 of ” ’ » ›).
  for (;;) {
    if (end > 0 && (text[end - 1] == '"' || text[end - 1] == '\'' || text[end - 1] == ')' ||
                    text[end - 1] == ']')) {
      --end;
      continue;
    }
    const std::string_view head = text.substr(0, end);
    if (head.ends_with("\u201D") || head.ends_with("\u2019") || head.ends_with("\u00BB") ||
        head.ends_with("\u203A")) {
      end -= head.ends_with("\u00BB") ? 2 : 3;
      continue;
    }
    break;
  }
  if (end == 0) return false;
  const char last = text[end - 1];
  if (last == '.' || last == '!' || last == '?') return true;
  return text.substr(0, end).ends_with("\u2026");  // …
}

void segment_paragraphs(Document& doc) {
  doc.paragraphs.clear();
  const std::string& text = doc.text;
  std::size_t block_start = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] != '\n') {
      ++i;
      continue;
    }
    // A blank line: "\n", optional spaces, "\n".
    std::size_t j = i + 1;
    while (j < text.size() && is_space(text[j])) ++j;
    if (j < text.size() && text[j] == '\n') {
      split_block(text, {block_start, i}, doc.paragraphs);
      while (j < text.size() && (text[j] == '\n' || is_space(text[j]))) ++j;
      block_start = j;
      i = j;
    } else {
      i = j;
    }
  }
  split_block(text, {block_start, text.size()}, doc.paragraphs);
}

void segment_lines(Document& doc) {
  doc.paragraphs.clear();
  doc.sentences.clear();
  std::size_t start = 0;
  for (std::size_t i = 0; i <= doc.text.size(); ++i) {
    if (i < doc.text.size() && doc.text[i] != '\n') continue;
    const ByteRange line = trim(doc.text, {start, i});
    if (!line.empty()) {
      doc.paragraphs.push_back({line, ends_like_sentence(doc.view(line)), false});
      doc.sentences.push_back({line, doc.paragraphs.size() - 1});
    }
    start = i + 1;
  }
}

std::vector<ByteRange> split_sentences(std::string_view text, std::string_view lang) {
  SentenceSplitter splitter(lang);
  return splitter.split(text);
}

void segment_sentences(Document& doc) {
  doc.sentences.clear();
  SentenceSplitter splitter(doc.meta.lang);
  for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
    if (doc.paragraphs[p].excluded) continue;
    const ByteRange para = doc.paragraphs[p].range;
    for (const ByteRange& s : splitter.split(doc.view(para))) {
      doc.sentences.push_back({{para.begin + s.begin, para.begin + s.end}, p});
    }
  }
}

}  // namespace claimlint
