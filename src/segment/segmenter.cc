// Segmentation: paragraphs and sentences of a Document.
#include "segment/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/ures.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "util/byte_block.h"
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

// One block: lines between blank lines. `lines` is scratch space, kept by
// the caller from block to block.
void split_block(const std::string& text, ByteRange block, std::vector<Paragraph>& out,
                 std::vector<ByteRange>& lines) {
  lines.clear();
  for (std::size_t start = block.begin; start <= block.end;) {
    const void* newline = std::memchr(text.data() + start, '\n', block.end - start);
    const std::size_t i = newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - text.data()) : block.end;
    const ByteRange line = trim(text, {start, i});
    if (!line.empty()) lines.push_back(line);
    start = i + 1;
  }
  if (lines.empty()) return;
  const std::string_view view(text);
  // Whether the block has several lines and none wider than k_wrap_width
  // code points (a line of no more bytes has no more code points).
  bool short_lines = lines.size() > 1;
  for (std::size_t i = 0; short_lines && i < lines.size(); ++i) {
    const ByteRange& l = lines[i];
    short_lines = l.size() <= k_wrap_width || utf8::count_code_points(view.substr(l.begin, l.size())) <= k_wrap_width;
  }
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
    "pág.", "ene.", "feb.", "abr.", "jun.", "jul.", "sept.", "oct.", "nov.", "dic.",
};

// "No. 2", "Nos. 3 and 4", "núm. 5": an abbreviation only before a number.
// So is "ago." (agosto: "15 ago. 2025"), which ends "a year ago." too.
constexpr std::string_view k_number_abbreviations[] = {"No.", "no.", "Nos.", "Nº.", "N.º", "Núm.", "núm.", "ago."};

// The postal abbreviations of US states in AP style ("SILVER RIDGE, Colo.
// (AP) — ..."): no sentence end before the agency or the dash of a
// dateline, though "a plant in Boulder, Colo. The company ..." ends one.
constexpr std::string_view k_state_abbreviations[] = {
    "Ala.",  "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.",   "Ill.", "Ind.",
    "Kan.",  "Ky.",   "La.",  "Md.",    "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.",
    "Nev.",  "N.H.",  "N.J.", "N.M.",   "N.Y.",  "N.C.",  "N.D.", "Okla.", "Ore.", "Pa.",  "R.I.",
    "S.C.",  "S.D.",  "Tenn.", "Vt.",   "Va.",   "Wash.", "W.Va.", "Wis.", "Wyo."};

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
  // Asked at most every sentence: a hash lookup, not a walk of the list,
  // and only for a word no longer than the longest abbreviation.
  static const std::unordered_set<std::string_view> k_abbreviation_set(std::begin(k_abbreviations),
                                                                       std::end(k_abbreviations));
  constexpr std::size_t k_longest = std::ranges::max(k_abbreviations, {}, &std::string_view::size).size();
  if (word.size() <= k_longest && k_abbreviation_set.contains(word)) return true;
  std::size_t i = 0;
  while (i < after.size() && (is_space(after[i]) || after[i] == '\n')) ++i;
  if (const std::string_view next = after.substr(i);
      next.starts_with("(") || next.starts_with("\u2014") || next.starts_with("\u2013") || next.starts_with("- ")) {
    for (std::string_view a : k_state_abbreviations) {
      if (word == a) return true;
    }
  }
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

// A character trie over UTF-16 units, walked one unit at a time the way
// ICU's UCharsTrie is walked by the filtered iterator: a node has a value
// (a whole key ends there) and maybe children (a longer key goes on).
class UnitTrie {
 public:
  UnitTrie() : nodes_(1) {}
  void add(std::u16string_view key, int value) {
    int n = 0;
    for (char16_t u : key) {
      int next = child(n, u);
      if (next < 0) {
        next = static_cast<int>(nodes_.size());
        auto& kids = nodes_[static_cast<std::size_t>(n)].kids;
        kids.emplace(std::lower_bound(kids.begin(), kids.end(), std::pair<char16_t, int>(u, 0)), u, next);
        nodes_.emplace_back();
      }
      n = next;
    }
    nodes_[static_cast<std::size_t>(n)].value = value;
  }
  bool empty() const { return nodes_[0].kids.empty(); }
  int child(int n, char16_t u) const {
    const auto& kids = nodes_[static_cast<std::size_t>(n)].kids;
    const auto it = std::lower_bound(kids.begin(), kids.end(), u,
                                     [](const std::pair<char16_t, int>& kid, char16_t v) { return kid.first < v; });
    return it != kids.end() && it->first == u ? it->second : -1;
  }
  int value(int n) const { return nodes_[static_cast<std::size_t>(n)].value; }
  bool has_next(int n) const { return !nodes_[static_cast<std::size_t>(n)].kids.empty(); }

 private:
  struct Node {
    std::vector<std::pair<char16_t, int>> kids;  // sorted by unit
    int value = -1;
  };
  std::vector<Node> nodes_;
};

// What the fast path knows of one language: the sentence break class of
// each ASCII character and the locale's suppressions, laid out as ICU's
// SimpleFilteredBreakIteratorBuilder::build() lays them out (filteredbrk.cpp).
struct AsciiSentenceData {
  // The classes from aterm on are the bytes ascii_breaks() stops at; the
  // rest it passes over in its scan (next_stop()).
  enum Class : unsigned char { other, sp, lower, upper, numeric, close, scontinue, aterm, sterm, refuse };
  Class cls[256];  // every byte from 0x80 on is refuse
  UnitTrie backward;  // reversed exceptions (k_match) and reversed prefixes of partials (k_partial)
  UnitTrie forward;   // whole partial exceptions ("U.S." behind "U.")
  static constexpr int k_partial = 1;
  static constexpr int k_match = 2;
};

// The locale's "exceptions/SentenceBreak" strings, read as
// SimpleFilteredBreakIteratorBuilder's constructor reads them: a missing
// bundle or key, or one found only in the default locale, means none.
// ures_getByKey() falls back to the parent locales for a top-level key
// such as "exceptions", as the builder's lookup does.
// ICU's break iterator data tree (U_ICUDATA_BRKITR is not public API).
constexpr const char* k_brkitr_tree = U_ICUDATA_NAME "-brkitr";

std::set<std::u16string> sentence_exceptions(const icu::Locale& locale) {
  std::set<std::u16string> out;
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* bundle = ures_open(k_brkitr_tree, locale.getBaseName(), &status);
  UResourceBundle* exceptions = nullptr;
  UResourceBundle* breaks = nullptr;
  if (U_SUCCESS(status) && status != U_USING_DEFAULT_WARNING) {
    exceptions = ures_getByKey(bundle, "exceptions", nullptr, &status);
  }
  if (exceptions && U_SUCCESS(status) && status != U_USING_DEFAULT_WARNING) {
    breaks = ures_getByKey(exceptions, "SentenceBreak", nullptr, &status);
  }
  if (breaks && U_SUCCESS(status) && status != U_USING_DEFAULT_WARNING) {
    const int32_t size = ures_getSize(breaks);
    for (int32_t i = 0; i < size; ++i) {
      UErrorCode s = U_ZERO_ERROR;
      int32_t length = 0;
      const UChar* str = ures_getStringByIndex(breaks, i, &length, &s);
      if (U_SUCCESS(s) && str) out.emplace(reinterpret_cast<const char16_t*>(str), static_cast<std::size_t>(length));
    }
  }
  if (breaks) ures_close(breaks);
  if (exceptions) ures_close(exceptions);
  if (bundle) ures_close(bundle);
  return out;
}

// True if `locale` splits sentences with the root rules ("sent.brk"), the only
// rules the fast path follows (Greek, for one, has its own).
bool uses_root_sentence_rules(const icu::Locale& locale) {
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* bundle = ures_open(k_brkitr_tree, locale.getName(), &status);
  UResourceBundle* boundaries = ures_getByKey(bundle, "boundaries", nullptr, &status);
  int32_t length = 0;
  const UChar* name = U_SUCCESS(status) ? ures_getStringByKey(boundaries, "sentence", &length, &status) : nullptr;
  const bool root = U_SUCCESS(status) && name && std::u16string_view(reinterpret_cast<const char16_t*>(name),
                                                                     static_cast<std::size_t>(length)) == u"sent.brk";
  if (boundaries) ures_close(boundaries);
  if (bundle) ures_close(bundle);
  return root;
}

// Whether next_stop() looks at byte `c` in its wide scan: '.', '!', '?',
// DEL, and every byte below ' ' or past ASCII but '\n'. A byte it does not
// look at is passed over, so every byte of class aterm and above must be
// one of these (build_ascii_data() checks it).
constexpr bool may_stop(unsigned char c) {
  return (c < 0x20 && c != '\n') || c >= 0x7F || c == '.' || c == '!' || c == '?';
}

// Builds the fast path's data for `tag`, or nothing when the fast path must
// not run for it (unusual tags, tailored rules, suppressions ICU itself
// would fail to build, a stop byte next_stop() would pass over).
std::unique_ptr<AsciiSentenceData> build_ascii_data(const std::string& tag) {
  for (char c : tag) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return nullptr;
  }
  const icu::Locale locale(tag.c_str());
  if (locale.isBogus() || !uses_root_sentence_rules(locale)) return nullptr;
  auto data = std::make_unique<AsciiSentenceData>();
  using C = AsciiSentenceData::Class;
  std::fill(std::begin(data->cls), std::end(data->cls), C::refuse);
  for (int c = 0; c < 128; ++c) {
    C k = C::refuse;
    switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
      case U_SB_OTHER: k = C::other; break;
      case U_SB_SP: k = C::sp; break;
      case U_SB_LOWER: k = C::lower; break;
      case U_SB_UPPER: k = C::upper; break;
      case U_SB_NUMERIC: k = C::numeric; break;
      case U_SB_ATERM: k = C::aterm; break;
      case U_SB_STERM: k = C::sterm; break;
      case U_SB_CLOSE: k = C::close; break;
      case U_SB_SCONTINUE: k = C::scontinue; break;
      default: break;  // CR, LF, Sep, Format, Extend, OLetter: left to ICU
    }
    // Control characters other than tab are left to ICU too: rare in
    // prose, and not worth a rule of their own. '\n' reaches ICU as ' '.
    if (c < 0x20 && c != '\t') k = C::refuse;
    if (c == 0x7F) k = C::refuse;
    data->cls[c] = k;
  }
  data->cls[static_cast<int>('\n')] = data->cls[static_cast<int>(' ')];
  for (int c = 0; c < 256; ++c) {
    if (data->cls[c] >= C::aterm && !may_stop(static_cast<unsigned char>(c))) return nullptr;
  }

  // SimpleFilteredBreakIteratorBuilder::build(), step for step: an
  // exception with a '.' before its end ("U.S.") puts its prefix up to that
  // '.' in the backward trie as a partial, unless one sharing the prefix
  // did already, and itself goes to the forward trie, as does every other
  // exception with that prefix ("U." itself); the rest go backward whole.
  const std::set<std::u16string> set = sentence_exceptions(locale);
  const std::vector<std::u16string> strs(set.begin(), set.end());
  constexpr int k_suppress_in_reverse = 1;
  constexpr int k_add_to_forward = 2;
  std::vector<int> partials(strs.size(), 0);
  std::set<std::u16string> backward_keys;
  std::set<std::u16string> forward_keys;
  bool duplicate = false;
  const auto add_backward = [&](std::u16string key, int value) {
    std::reverse(key.begin(), key.end());
    if (!backward_keys.insert(key).second) duplicate = true;
    data->backward.add(key, value);
  };
  for (std::size_t i = 0; i < strs.size(); ++i) {
    const std::size_t nn = strs[i].find(u'.');
    if (nn == std::u16string::npos || nn + 1 == strs[i].size()) continue;
    const std::u16string_view prefix = std::u16string_view(strs[i]).substr(0, nn + 1);
    bool same_as = false;
    for (std::size_t j = 0; j < strs.size(); ++j) {
      if (j == i) continue;
      if (std::u16string_view(strs[j]).substr(0, nn + 1) == prefix) {
        if (partials[j] == 0) {
          partials[j] = k_suppress_in_reverse | k_add_to_forward;
        } else if (partials[j] & k_suppress_in_reverse) {
          same_as = true;
        }
      }
    }
    if (!same_as && partials[i] == 0) {
      add_backward(std::u16string(prefix), AsciiSentenceData::k_partial);
      partials[i] = k_suppress_in_reverse | k_add_to_forward;
    }
  }
  for (std::size_t i = 0; i < strs.size(); ++i) {
    if (partials[i] == 0) {
      add_backward(strs[i], AsciiSentenceData::k_match);
    } else {
      if (!forward_keys.insert(strs[i]).second) duplicate = true;
      data->forward.add(strs[i], AsciiSentenceData::k_match);
    }
  }
  // ICU's trie builder rejects a key added twice, and then there is no
  // filtered iterator at all; leave such a language to ICU.
  if (duplicate) return nullptr;
  return data;
}

const AsciiSentenceData* thread_ascii_data(std::string_view lang) {
  thread_local std::map<std::string, std::unique_ptr<AsciiSentenceData>, std::less<>> cache;
  const std::string tag(lang.empty() ? std::string_view("en") : lang);
  auto it = cache.find(tag);
  if (it == cache.end()) it = cache.emplace(tag, build_ascii_data(tag)).first;
  return it->second.get();
}

// SimpleFilteredSentenceBreakIterator::breakExceptionAt() for a break at
// `n` in `text` (ASCII, '\n' read as ' '): true if the break is suppressed.
bool exception_at(const AsciiSentenceData& data, std::string_view text, std::size_t n) {
  const auto unit = [&](std::size_t i) -> char16_t { return text[i] == '\n' ? u' ' : static_cast<char16_t>(text[i]); };
  // ICU steps back over one space before the abbreviation ("Mr. |Brown").
  std::size_t pos = unit(n - 1) == u' ' ? n - 1 : n;
  long best_posn = -1;
  int best_value = -1;
  int node = 0;
  while (pos > 0) {
    --pos;
    node = data.backward.child(node, unit(pos));
    if (node < 0) break;
    if (data.backward.value(node) >= 0) {
      best_posn = static_cast<long>(pos);
      best_value = data.backward.value(node);
    }
    if (!data.backward.has_next(node)) break;
  }
  if (best_posn < 0) return false;
  if (best_value == AsciiSentenceData::k_match) return true;
  if (best_value != AsciiSentenceData::k_partial || data.forward.empty()) return false;
  // A partial ("U." of "U.S."): ICU reads on from the partial's start, past
  // the break, while the forward trie goes on, and asks whether it stopped
  // on a whole exception.
  bool matches = true;
  node = 0;
  for (std::size_t i = static_cast<std::size_t>(best_posn); i < text.size(); ++i) {
    node = data.forward.child(node, unit(i));
    if (node < 0) {
      matches = false;
      break;
    }
    matches = data.forward.value(node) >= 0;
    if (!data.forward.has_next(node)) break;
  }
  return matches;
}

// The first position from `from` on whose byte is of class aterm or above
// (ascii_breaks() stops there), or text.size(). Prose has a few such bytes
// in a hundred: the scan reads sixteen bytes at a time for those that
// may_stop() and looks only these up.
std::size_t next_stop(const AsciiSentenceData& data, std::string_view text, std::size_t from) {
  using bytes::Block;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = from;
  for (; i + Block::size <= n; i += Block::size) {
    const Block b = Block::load(text.data() + i);
    const Block may = (b.at_most(0x1F).and_not(b.eq('\n')) | b.at_least(0x7F)) | (b.eq('.') | b.eq('!') | b.eq('?'));
    for (unsigned bits = may.mask(); bits != 0; bits &= bits - 1) {
      const std::size_t k = i + bytes::first(bits);
      if (data.cls[s[k]] >= AsciiSentenceData::aterm) return k;
    }
  }
  for (; i < n; ++i) {
    if (data.cls[s[i]] >= AsciiSentenceData::aterm) return i;
  }
  return n;
}

// The breaks ICU's filtered sentence iterator gives for `text` (ending with
// text.size()), computed directly from the root sentence rules (UAX #29
// SB6 to SB11, which is all that ASCII prose without CR reaches), into
// `bounds`; false (and `bounds` unspecified) if `text` holds a character the
// fast path leaves to ICU. One pass: a break found before such a character
// is thrown away with the rest.
bool ascii_breaks(const AsciiSentenceData& data, std::string_view text, std::vector<std::size_t>& bounds) {
  using C = AsciiSentenceData::Class;
  const std::size_t n = text.size();
  bounds.clear();
  const auto cls = [&](std::size_t i) { return data.cls[static_cast<unsigned char>(text[i])]; };
  for (std::size_t a = next_stop(data, text, 0); a < n; a = next_stop(data, text, a + 1)) {
    const C term = cls(a);
    if (term == C::refuse) return false;
    // The run SATerm Close* Sp*; only the position after it can break.
    std::size_t i = a + 1;
    while (i < n && cls(i) == C::close) ++i;
    const std::size_t close_end = i;
    while (i < n && cls(i) == C::sp) ++i;
    // The end of text always breaks; the run up to it has nothing to refuse.
    if (i >= n) break;
    const C next = cls(i);
    const bool no_sp = i == close_end;
    if (term == C::aterm && i == a + 1) {
      if (next == C::numeric) continue;  // SB6
      if (next == C::upper && a > 0 && (cls(a - 1) == C::upper || cls(a - 1) == C::lower)) continue;  // SB7
    }
    if (term == C::aterm) {  // SB8
      std::size_t k = i;
      while (k < n && cls(k) != C::lower && cls(k) != C::upper && cls(k) != C::aterm && cls(k) != C::sterm) ++k;
      if (k < n && cls(k) == C::lower) continue;
    }
    if (next == C::scontinue || next == C::aterm || next == C::sterm) continue;  // SB8a
    if (no_sp && (next == C::close || next == C::sp)) continue;                   // SB9
    if (next == C::sp) continue;                                                  // SB10
    // SB11, unless the filter takes it for an exception (each break but the
    // last may be one).
    if (!data.backward.empty() && exception_at(data, text, i)) continue;
    bounds.push_back(i);
  }
  bounds.push_back(n);
  return true;
}

// The longest paragraph widened to UTF-16 for ICU (see breaks()).
constexpr std::size_t k_widen_limit = std::size_t{1} << 20;

class SentenceSplitter {
 public:
  explicit SentenceSplitter(std::string_view lang, bool icu_only = false)
      : iterator_(thread_iterator(lang)), ascii_(icu_only ? nullptr : thread_ascii_data(lang)) {}

  // Break positions (byte offsets, ending with text.size()) into `bounds`.
  void breaks(std::string_view text, std::vector<std::size_t>& bounds) {
    if (!iterator_ || text.empty()) {
      bounds.assign(1, text.size());
      return;
    }
    // Most paragraphs are ASCII, where the rules are few enough to follow
    // without ICU's iterator (a seventh of a lint run went into it).
    if (ascii_ && ascii_breaks(*ascii_, text, bounds)) return;
    icu_breaks(text, bounds);
  }

  // Calls `emit` with each sentence of `text`, a trimmed non-empty range.
  template <typename Emit>
  void split(std::string_view text, Emit&& emit) {
    breaks(text, bounds_);
    std::size_t start = 0;
    for (std::size_t i = 0; i < bounds_.size(); ++i) {
      const std::size_t b = bounds_[i];
      const bool last = i + 1 == bounds_.size();
      if (!last && suppressed(text.substr(start, b - start), text.substr(b))) continue;
      const ByteRange r = trim(text, {start, b});
      if (!r.empty()) emit(r);
      start = b;
    }
  }

 private:
  void icu_breaks(std::string_view text, std::vector<std::size_t>& bounds) {
    // ICU reads UTF-16 directly, where a UTF-8 UText converts chunk after
    // chunk as the iterator moves back and forth. So the paragraph is
    // widened once into a buffer kept by the thread, with the byte offset
    // of each UTF-16 unit beside it. Line breaks inside a paragraph are
    // wrapped prose (ICU would end a sentence at each): they become spaces.
    // Text that is not valid UTF-8 keeps the UTF-8 path, whose
    // replacement of bad bytes this copy does not imitate.
    // So does a paragraph over k_widen_limit bytes, so that the buffers
    // stay small (a megabyte-long "paragraph" is a data dump, not prose).
    if (text.size() > k_widen_limit || utf8::first_invalid(text)) {
      breaks_utf8(text, bounds);
      return;
    }
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
    collect(ut, status, text.size(), bounds, [&](std::size_t unit) { return byte_at[unit]; });
  }

  void breaks_utf8(std::string_view text, std::vector<std::size_t>& bounds) {
    std::string flat(text);
    std::replace(flat.begin(), flat.end(), '\n', ' ');
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, flat.data(), static_cast<int64_t>(flat.size()), &status);
    collect(ut, status, text.size(), bounds, [](std::size_t byte) { return byte; });
  }

  // The boundaries of the iterator over `ut` (closed here), as byte
  // offsets through `to_byte`, into `bounds`.
  template <typename ToByte>
  void collect(UText* ut, UErrorCode status, std::size_t size, std::vector<std::size_t>& bounds, ToByte&& to_byte) {
    bounds.clear();
    if (U_FAILURE(status)) {
      utext_close(ut);
      bounds.push_back(size);
      return;
    }
    // The thread's iterator serves every paragraph; setText() resets it.
    icu::BreakIterator* it = iterator_;
    it->setText(ut, status);
    if (U_SUCCESS(status)) {
      it->first();
      for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
        const std::size_t at = to_byte(static_cast<std::size_t>(b));
        if (at > 0 && at <= size) bounds.push_back(at);
      }
    }
    utext_close(ut);
    if (bounds.empty() || bounds.back() != size) bounds.push_back(size);
  }

  icu::BreakIterator* iterator_;
  const AsciiSentenceData* ascii_;
  std::vector<std::size_t> bounds_;  // of the paragraph in split(), kept for the next
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
  std::vector<ByteRange> lines;
  std::size_t block_start = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] != '\n') {
      const void* newline = std::memchr(text.data() + i, '\n', text.size() - i);
      i = newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - text.data()) : text.size();
      continue;
    }
    // A blank line: "\n", optional spaces, "\n".
    std::size_t j = i + 1;
    while (j < text.size() && is_space(text[j])) ++j;
    if (j < text.size() && text[j] == '\n') {
      split_block(text, {block_start, i}, doc.paragraphs, lines);
      while (j < text.size() && (text[j] == '\n' || is_space(text[j]))) ++j;
      block_start = j;
      i = j;
    } else {
      i = j;
    }
  }
  split_block(text, {block_start, text.size()}, doc.paragraphs, lines);
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
  std::vector<ByteRange> out;
  splitter.split(text, [&](ByteRange s) { out.push_back(s); });
  return out;
}

std::optional<std::vector<std::size_t>> ascii_sentence_breaks(std::string_view text, std::string_view lang) {
  const AsciiSentenceData* data = thread_ascii_data(lang);
  if (!data || !thread_iterator(lang) || text.empty()) return std::nullopt;
  std::vector<std::size_t> bounds;
  if (!ascii_breaks(*data, text, bounds)) return std::nullopt;
  return bounds;
}

std::vector<std::size_t> sentence_breaks(std::string_view text, std::string_view lang, bool icu_only) {
  SentenceSplitter splitter(lang, icu_only);
  std::vector<std::size_t> bounds;
  splitter.breaks(text, bounds);
  return bounds;
}

void segment_sentences(Document& doc) {
  doc.sentences.clear();
  SentenceSplitter splitter(doc.meta.lang);
  for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
    if (doc.paragraphs[p].excluded) continue;
    const ByteRange para = doc.paragraphs[p].range;
    splitter.split(doc.view(para), [&](ByteRange s) {
      doc.sentences.push_back({{para.begin + s.begin, para.begin + s.end}, p});
    });
  }
}

}  // namespace claimlint
