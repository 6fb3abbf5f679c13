// The date extractor: a hand-written token scanner over one sentence that
// reads the date forms of issue 5 with the words of rules/dates/*.toml.
#include "extract/date_extractor.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>

#include "extract/token.h"
#include "util/byte_block.h"
#include "util/utf8.h"

namespace claimlint {
namespace {

constexpr std::size_t k_none = std::numeric_limits<std::size_t>::max();

// No roles: a number, or a word no phrase of the lexicon holds.
const DateWordRoles k_no_roles;

struct Token {
  enum class Kind { word, number, punct };
  Kind kind = Kind::punct;
  std::size_t begin = 0;
  std::size_t end = 0;
  // Word: folded, in ScanBuffers::folded; number: its digits; punct: the
  // character (both in the sentence).
  std::string_view lower;
  std::string_view suffix;  // number: letters glued after it ("th" in "8th"), folded
  bool capitalized = false;
  bool space_before = true;
  long value = -1;  // number: its value (up to 9 digits)
  // Word or punct: what `lower` is in each table, looked up once here.
  const DateWordRoles* roles = &k_no_roles;
};

bool is_letter(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  if (c < 0xC0 || c == 0xD7 || c == 0xF7) return c == 0xAA || c == 0xBA;
  if (c >= 0x2000 && c <= 0x206F) return false;  // general punctuation: dashes, quotes
  if (c >= 0x3000 && c <= 0x303F) return false;
  return c != 0xFEFF;
}

// Each ASCII letter lowered; 0 for every other byte.
constexpr std::array<unsigned char, 256> k_ascii_lower = [] {
  std::array<unsigned char, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[c] = static_cast<unsigned char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = static_cast<unsigned char>(c - 'A' + 'a');
  return table;
}();

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F; }

// The end of the run of letters from `i`.
std::size_t letters_end(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      ++i;
      continue;
    }
    if (c < 0x80) break;
    const utf8::Decoded e = utf8::decode(s, i);
    if (!is_letter(e.code_point)) break;
    i += e.length;
  }
  return i;
}

// The end of the run of ASCII letters from `i`, read sixteen bytes at a
// time: the words of prose are mostly ASCII, and the pre-check of
// may_hold_date() reads every one.
std::size_t ascii_letters_end(std::string_view s, std::size_t i) {
  using bytes::Block;
  for (; i + Block::size <= s.size(); i += Block::size) {
    const unsigned others = ~Block::load(s.data() + i).with_bits(0x20).in('a', 'z').mask() & 0xFFFFu;
    if (others != 0) return i + bytes::first(others);
  }
  while (i < s.size() && k_ascii_lower[static_cast<unsigned char>(s[i])]) ++i;
  return i;
}

// The roles of `lower` in the tables of `w`; `hash` is
// DateWordFilter::hash(lower).
const DateWordRoles* roles_of(std::string_view lower, std::uint64_t hash, const DateLanguage& w) {
  const DateWordRoles* roles = w.role_index.find(lower, hash);
  return roles ? roles : &k_no_roles;
}

// The tokens of `s`, in `out`. Folded words and suffixes go to `folded`,
// grown to `s` first so that the views into it stay valid: folding never
// lengthens text. It is written before it is read, so it is not cleared.
void tokenize(std::string_view s, const DateLanguage& w, std::string& folded, std::vector<Token>& out) {
  out.clear();
  // About one token per five bytes in prose.
  out.reserve(s.size() / 4 + 4);
  if (folded.size() < s.size()) folded.resize(s.size());
  char* cursor = folded.data();
  // Folds the letters [from, to) of `s`: ASCII letters here, anything else
  // as fold_date_word does.
  auto fold = [&](std::size_t from, std::size_t to, bool ascii) {
    char* const begin = cursor;
    if (ascii) {
      for (std::size_t k = from; k < to; ++k) {
        const char c = s[k];
        *cursor++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      }
    } else {
      cursor += fold_date_word_to(s.substr(from, to - from), cursor);
    }
    return std::string_view(begin, static_cast<std::size_t>(cursor - begin));
  };
  // The end of the letters from `i`, and whether they are all ASCII.
  auto letters = [&](std::size_t i, bool& ascii) {
    while (i < s.size()) {
      const auto c = static_cast<unsigned char>(s[i]);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        ++i;
      } else if (c < 0x80) {
        break;
      } else {
        ascii = false;
        return letters_end(s, i);
      }
    }
    return i;
  };
  std::size_t i = 0;
  bool space = true;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ') {
      space = true;
      ++i;
      continue;
    }
    const utf8::Decoded d = c < 0x80 ? utf8::Decoded{c, 1, true} : utf8::decode(s, i);
    if (is_space(d.code_point)) {
      space = true;
      i += d.length;
      continue;
    }
    Token& t = out.emplace_back();
    t.begin = i;
    t.space_before = space;
    space = false;
    if (d.code_point >= '0' && d.code_point <= '9') {
      t.kind = Token::Kind::number;
      // The value is read with the digits, up to nine of them.
      long v = 0;
      std::size_t j = i;
      for (; j < s.size() && s[j] >= '0' && s[j] <= '9'; ++j) {
        if (j - i < 9) v = v * 10 + (s[j] - '0');
      }
      t.lower = s.substr(i, j - i);
      if (t.lower.size() <= 9) t.value = v;
      bool ascii = true;
      const std::size_t k = letters(j, ascii);
      t.suffix = fold(j, k, ascii);
      i = k;
    } else if (k_ascii_lower[c] || (c >= 0x80 && is_letter(d.code_point))) {
      t.kind = Token::Kind::word;
      t.capitalized = (d.code_point >= 'A' && d.code_point <= 'Z') ||
                      (d.code_point >= 0xC0 && d.code_point <= 0xDE && d.code_point != 0xD7);
      // ASCII letters are lowered and hashed in one pass; a run with other
      // letters is folded as fold_date_word does, then hashed.
      char* const begin = cursor;
      std::uint64_t hash = DateWordFilter::k_hash_start;
      std::size_t j = i;
      while (j < s.size()) {
        const unsigned char b = k_ascii_lower[static_cast<unsigned char>(s[j])];
        if (b == 0) break;
        *cursor++ = static_cast<char>(b);
        hash = DateWordFilter::hash_step(hash, b);
        ++j;
      }
      if (j < s.size() && static_cast<unsigned char>(s[j]) >= 0x80) {
        if (const std::size_t end = letters_end(s, j); end != j) {
          j = end;
          cursor = begin + fold_date_word_to(s.substr(i, j - i), begin);
          hash = DateWordFilter::hash(std::string_view(begin, static_cast<std::size_t>(cursor - begin)));
        }
      }
      t.lower = std::string_view(begin, static_cast<std::size_t>(cursor - begin));
      t.roles = roles_of(t.lower, hash, w);
      i = j;
    } else {
      t.kind = Token::Kind::punct;
      t.lower = s.substr(i, d.length);
      if (w.role_first_bytes[c]) t.roles = roles_of(t.lower, DateWordFilter::hash(t.lower), w);
      i += d.length;
    }
    t.end = i;
  }
}

enum class Tense { none, past, future };

// What a point means before it meets the publication date.
enum class SpecKind {
  absolute,       // everything written, year included
  yearless,       // "December 8", "in April", "the third quarter"
  year_shift,     // a quarter or half of the publication year shifted: "of the year", "of last year"
  shift_unit,     // "last year", "next month", "this week"
  shift_month,    // "last October"
  shift_weekday,  // "last Monday"
  weekday,        // "on Monday"
  day_offset,     // "yesterday"
  ago,            // "a week ago"
  within,         // "earlier this year"
  bare_day,       // "3" in "from 3 to 5 June": only as the start of a range
};

struct Spec {
  SpecKind kind = SpecKind::absolute;
  DatePrecision precision = DatePrecision::day;
  int year = 0;
  int month = 0;
  int day = 0;
  int part = 0;   // quarter 1..4 or half 1..2
  int shift = 0;  // -1/0/+1; days for day_offset; count for ago
  DateUnit unit = DateUnit::day;
  int weekday = 0;
};

struct Point {
  std::size_t begin = 0;  // tokens [begin, end)
  std::size_t end = 0;
  std::size_t date_begin = 0;  // after the weekday: what the weekday message quotes
  Spec spec;
  std::optional<int> weekday;
  std::size_t weekday_token = k_none;
};

struct Ctx {
  bool date = false;     // after "in", "since", "early"...: a bare month or year is a date
  bool weekday = false;  // after "on", "el", "by": a lone weekday is a date
  bool article = false;  // after "the"
  bool bare_day = false; // the start of a range: a lone day number is allowed
};

struct Resolved {
  DatePrecision precision = DatePrecision::day;
  DayInterval interval;
  std::string value;
  int year = 0;
};

// An ISO value ("2025-12-08" at the longest) written in a fixed buffer,
// then copied to its string at once.
class IsoText {
 public:
  // `value` (0..9999) zero-padded to `width` digits: what fmt's "{:04}"
  // and "{:02}" write, without reading a format string each time.
  IsoText& padded(int value, int width) {
    auto v = static_cast<unsigned>(value);
    for (int k = width - 1; k >= 0; --k) {
      bytes_[size_ + static_cast<std::size_t>(k)] = static_cast<char>('0' + v % 10);
      v /= 10;
    }
    size_ += static_cast<std::size_t>(width);
    return *this;
  }
  IsoText& put(char c) {
    bytes_[size_++] = c;
    return *this;
  }
  void assign_to(std::string& out) const { out.assign(bytes_, size_); }

 private:
  char bytes_[10];
  std::size_t size_ = 0;
};

std::optional<Resolved> calendar(DatePrecision p, int year, int month, int day, int part) {
  if (year < 1 || year > 9999) return std::nullopt;
  Resolved r;
  r.precision = p;
  r.year = year;
  IsoText text;
  switch (p) {
    case DatePrecision::day: {
      const CivilDate d{year, month, day};
      if (!is_valid_date(d)) return std::nullopt;
      r.interval = {days_from_civil(d), days_from_civil(d)};
      // As format_iso_day(d) writes it.
      text.padded(year, 4).put('-').padded(month, 2).put('-').padded(day, 2);
      break;
    }
    case DatePrecision::month:
      if (month < 1 || month > 12) return std::nullopt;
      // The last day counted from the first, not converted again.
      r.interval.first = days_from_civil({year, month, 1});
      r.interval.last = r.interval.first + days_in_month(year, month) - 1;
      // As format_iso_month(year, month) writes it.
      text.padded(year, 4).put('-').padded(month, 2);
      break;
    case DatePrecision::quarter:
      if (part < 1 || part > 4) return std::nullopt;
      r.interval = {days_from_civil({year, part * 3 - 2, 1}),
                    days_from_civil({year, part * 3, days_in_month(year, part * 3)})};
      text.padded(year, 4).put('-').put('Q').padded(part, 1);
      break;
    case DatePrecision::half:
      if (part < 1 || part > 2) return std::nullopt;
      r.interval = {days_from_civil({year, part * 6 - 5, 1}),
                    days_from_civil({year, part * 6, days_in_month(year, part * 6)})};
      text.padded(year, 4).put('-').put('H').padded(part, 1);
      break;
    case DatePrecision::year:
      r.interval.first = days_from_civil({year, 1, 1});
      r.interval.last = r.interval.first + (is_leap_year(year) ? 365 : 364);
      text.padded(year, 4);
      break;
    case DatePrecision::week:
      return std::nullopt;
  }
  text.assign_to(r.value);
  return r;
}

Resolved week_of(long day) {
  Resolved r;
  r.precision = DatePrecision::week;
  const long monday = day - weekday_of(day) + 1;
  r.interval = {monday, monday + 6};
  r.value = format_iso_week(day);
  r.year = civil_from_days(monday + 3).year;
  return r;
}

std::optional<Resolved> day_at(long day) {
  const CivilDate d = civil_from_days(day);
  return calendar(DatePrecision::day, d.year, d.month, d.day, 0);
}

// Month `month` of `year` shifted by `delta` months.
std::optional<Resolved> shifted_month(int year, int month, int delta) {
  int index = year * 12 + (month - 1) + delta;
  return calendar(DatePrecision::month, index / 12, index % 12 + 1, 0, 0);
}

std::optional<Resolved> resolve(const Spec& s, std::optional<CivilDate> pub, Tense tense) {
  if (s.kind == SpecKind::absolute) return calendar(s.precision, s.year, s.month, s.day, s.part);
  if (!pub || s.kind == SpecKind::bare_day) return std::nullopt;
  const long today = days_from_civil(*pub);
  switch (s.kind) {
    case SpecKind::yearless: {
      // The year rule of extract_dates (date_extractor.h).
      auto at = [&](int y) { return calendar(s.precision, y, s.month, s.day, s.part); };
      std::optional<Resolved> r = at(pub->year);
      if (!r && s.precision == DatePrecision::day && s.month == 2 && s.day == 29) {
        // February 29 exists only in leap years: take the nearest one the rule allows.
        for (int y = pub->year - 1; y >= pub->year - 4 && !r; --y) r = at(y);
        return r;
      }
      if (!r) return std::nullopt;
      if (tense == Tense::past && r->interval.first > today) return at(pub->year - 1);
      if (tense == Tense::future && r->interval.last < today) return at(pub->year + 1);
      if (tense == Tense::none && r->interval.first > today + 61) return at(pub->year - 1);
      return r;
    }
    case SpecKind::year_shift:
      return calendar(s.precision, pub->year + s.shift, s.month, s.day, s.part);
    case SpecKind::shift_unit:
      switch (s.unit) {
        case DateUnit::year: return calendar(DatePrecision::year, pub->year + s.shift, 0, 0, 0);
        case DateUnit::month: return shifted_month(pub->year, pub->month, s.shift);
        case DateUnit::week: return week_of(today + 7L * s.shift);
        case DateUnit::day: return day_at(today + s.shift);
      }
      return std::nullopt;
    case SpecKind::shift_month: {
      int y = pub->year;
      if (s.shift < 0 && s.month >= pub->month) y -= 1;
      if (s.shift > 0 && s.month <= pub->month) y += 1;
      return calendar(DatePrecision::month, y, s.month, 0, 0);
    }
    case SpecKind::shift_weekday: {
      const int wd = weekday_of(today);
      if (s.shift < 0) {
        int delta = (wd - s.weekday + 7) % 7;
        return day_at(today - (delta == 0 ? 7 : delta));
      }
      if (s.shift > 0) {
        int delta = (s.weekday - wd + 7) % 7;
        return day_at(today + (delta == 0 ? 7 : delta));
      }
      return day_at(today - (wd - 1) + (s.weekday - 1));
    }
    case SpecKind::weekday: {
      const int wd = weekday_of(today);
      if (tense == Tense::future) {
        int delta = (s.weekday - wd + 7) % 7;
        return day_at(today + (delta == 0 ? 7 : delta));
      }
      return day_at(today - (wd - s.weekday + 7) % 7);
    }
    case SpecKind::day_offset:
      return day_at(today + s.shift);
    case SpecKind::ago:
      switch (s.unit) {
        case DateUnit::day: return day_at(today - s.shift);
        case DateUnit::week: return day_at(today - 7L * s.shift);
        case DateUnit::month: return shifted_month(pub->year, pub->month, -s.shift);
        case DateUnit::year: return calendar(DatePrecision::year, pub->year - s.shift, 0, 0, 0);
      }
      return std::nullopt;
    case SpecKind::within: {
      std::optional<Resolved> whole;
      if (s.unit == DateUnit::year) whole = calendar(DatePrecision::year, pub->year, 0, 0, 0);
      else if (s.unit == DateUnit::month) whole = calendar(DatePrecision::month, pub->year, pub->month, 0, 0);
      else if (s.unit == DateUnit::week) whole = week_of(today);
      if (!whole) return std::nullopt;
      // "Earlier this year" is the part of the year up to publication.
      if (s.shift < 0) whole->interval.last = today;
      else whole->interval.first = today;
      return whole;
    }
    default:
      return std::nullopt;
  }
}

// The precision a spec is written at, before resolution.
DatePrecision nominal_precision(const Spec& s) {
  auto of_unit = [](DateUnit u) {
    switch (u) {
      case DateUnit::day: return DatePrecision::day;
      case DateUnit::week: return DatePrecision::week;
      case DateUnit::month: return DatePrecision::month;
      case DateUnit::year: return DatePrecision::year;
    }
    return DatePrecision::day;
  };
  switch (s.kind) {
    case SpecKind::shift_unit:
    case SpecKind::within: return of_unit(s.unit);
    case SpecKind::ago: return s.unit == DateUnit::week ? DatePrecision::day : of_unit(s.unit);
    case SpecKind::shift_month: return DatePrecision::month;
    case SpecKind::shift_weekday:
    case SpecKind::weekday:
    case SpecKind::day_offset:
    case SpecKind::bare_day: return DatePrecision::day;
    default: return s.precision;
  }
}

// What the scanner of a sentence works in: kept from one sentence of a
// document to the next, which spares their allocations.
struct ScanBuffers {
  explicit ScanBuffers(std::optional<CivilDate> pub) {
    if (!pub) return;
    // As format_iso_day(*pub) writes it, which only fields of more digits
    // or below zero need.
    const auto fits = [](int value, int limit) { return value >= 0 && value <= limit; };
    if (!fits(pub->year, 9999) || !fits(pub->month, 99) || !fits(pub->day, 99)) {
      resolved_against = format_iso_day(*pub);
      return;
    }
    IsoText text;
    text.padded(pub->year, 4).put('-').padded(pub->month, 2).put('-').padded(pub->day, 2);
    text.assign_to(resolved_against);
  }
  std::string resolved_against;  // the publication date in ISO form, for each relative date
  std::string folded;            // the folded words the tokens view
  std::vector<Token> tokens;
  std::string key;               // scratch for phrase lookups
  std::vector<Tense> cues;       // see Scanner::cues()
};

class Scanner {
 public:
  Scanner(std::string_view sentence, const DateLanguage& words, std::optional<CivilDate> pub, ScanBuffers& buffers)
      : text_(sentence), w_(words), pub_(pub), resolved_against_(buffers.resolved_against), t_(buffers.tokens),
        key_(buffers.key), cues_(buffers.cues) {
    tokenize(sentence, words, buffers.folded, t_);
    cues_.clear();
  }

  // Appends the mentions of the sentence to `out`.
  void run(std::vector<DateMention>& out) {
    std::size_t i = 0;
    while (i < t_.size()) {
      std::size_t next = i + 1;
      // Candidate first (issue 9): only a figure, the "Q" of "Q3" or one
      // of the lexicon's start words can open a mention.
      if (could_start(i)) match_at(i, next, out);
      i = next;
    }
  }

 private:
  // ---- token helpers ----
  bool word(std::size_t i) const { return i < t_.size() && t_[i].kind == Token::Kind::word; }
  bool punct(std::size_t i, std::string_view c) const {
    if (i >= t_.size() || t_[i].kind != Token::Kind::punct || t_[i].lower.size() != c.size()) return false;
    // Inline: the marks are one to three bytes.
    for (std::size_t k = 0; k < c.size(); ++k) {
      if (t_[i].lower[k] != c[k]) return false;
    }
    return true;
  }
  // The character of a one-byte punctuation token, or 0.
  static char mark(const Token& t) {
    return t.kind == Token::Kind::punct && t.lower.size() == 1 ? t.lower[0] : '\0';
  }
  // "," "." "-" "/": the separators inside a figure ("2,000", "1.5").
  static bool figure_separator(char c) { return c == ',' || c == '.' || c == '-' || c == '/'; }
  bool glued(std::size_t i) const { return i < t_.size() && !t_[i].space_before; }

  // True if word `i` alone is a phrase of `table`.
  bool in(std::size_t i, DateTable table) const {
    return word(i) && (t_[i].roles->whole & date_table_bit(table)) != 0;
  }
  // True if some phrase of the lexicon holds word `i`: no phrase runs
  // through a word that is not.
  bool known(std::size_t i) const { return word(i) && t_[i].roles != &k_no_roles; }
  // The word tokens [begin, end) joined by spaces, in the scratch buffer.
  std::string_view joined(std::size_t begin, std::size_t end) const {
    key_.clear();
    for (std::size_t k = begin; k < end; ++k) {
      if (k > begin) key_ += ' ';
      key_ += t_[k].lower;
    }
    return key_;
  }
  bool long_phrase(std::size_t begin, std::size_t end, std::uint64_t bit) const {
    auto it = w_.long_phrases.find(joined(begin, end));
    return it != w_.long_phrases.end() && (it->second & bit) != 0;
  }

  // The longest phrase of `table` made of the word tokens from `i`: its
  // token count (up to 4), or 0.
  std::size_t phrase_at(std::size_t i, DateTable table) const {
    if (!word(i)) return 0;
    const std::uint64_t bit = date_table_bit(table);
    std::size_t best = (t_[i].roles->whole & bit) ? 1 : 0;
    // Longer phrases are few ("as of", "a principios de"): only a word that
    // starts one builds a key.
    if (!(t_[i].roles->first & bit)) return best;
    for (std::size_t k = 1; k < 4 && known(i + k); ++k) {
      if (long_phrase(i, i + k + 1, bit)) best = k + 1;
    }
    return best;
  }
  // The value of the longest phrase of `table` (held in `words`) from `i`,
  // and its token count in `length`; nullptr and 0 if none.
  template <typename Map>
  const typename Map::mapped_type* phrase_value_at(std::size_t i, DateTable table, const Map& words,
                                                   std::size_t& length) const {
    length = phrase_at(i, table);
    if (length == 0) return nullptr;
    return &value_of(i, length, words);
  }
  // The value in `words` of the phrase of the `length` word tokens from
  // `i`, which phrase_at found there.
  template <typename Map>
  const typename Map::mapped_type& value_of(std::size_t i, std::size_t length, const Map& words) const {
    return words.find(length == 1 ? t_[i].lower : joined(i, i + length))->second;
  }
  // True if a mention may start at token `i`: a figure, a word that
  // starts a phrase of the lexicon, or the letter of "Q3" or "H1".
  // Punctuation opens none of the forms of match_at(), each of which
  // starts with a word or a figure.
  bool could_start(std::size_t i) const {
    if (i >= t_.size() || t_[i].kind == Token::Kind::punct) return false;
    // Only a number token holds a digit.
    auto has_digit = [&](std::size_t k) { return k < t_.size() && t_[k].kind == Token::Kind::number; };
    if (has_digit(i)) return true;
    if (w_.start_words.empty()) return true;
    // Token `i` is a word: its roles say what it is. A word that starts
    // no phrase opens no form but part()'s "Q3" and "H1": every table of
    // the other forms' first words is one of start_words.
    constexpr std::uint64_t k_start = date_table_bit(DateTable::start_words);
    constexpr std::uint64_t k_article = date_table_bit(DateTable::articles);
    constexpr std::uint64_t k_modifier = date_table_bit(DateTable::modifiers);
    const std::uint64_t whole = t_[i].roles->whole;
    if (!(whole & k_start)) return part_letter_at(i);
    // An article or a modifier opens a mention only before another start
    // word or a figure ("the third quarter", "early March", "mid-2024").
    if (whole & (k_article | k_modifier)) {
      if (i + 1 >= t_.size()) return false;
      const std::uint64_t next = t_[i + 1].roles->whole;
      return has_digit(i + 1) || (mark(t_[i + 1]) == '-' && has_digit(i + 2)) ||
             ((next & k_start) && !(next & k_article));
    }
    return true;
  }
  // "Q" or "H" glued to one digit at `i`: "Q3", "H1".
  bool part_letter_at(std::size_t i) const {
    // The capital first: it rules out most words.
    return word(i) && t_[i].capitalized && t_[i].lower.size() == 1 &&
           (t_[i].lower[0] == 'q' || t_[i].lower[0] == 'h') && i + 1 < t_.size() &&
           t_[i + 1].kind == Token::Kind::number && glued(i + 1) && t_[i + 1].suffix.empty() &&
           t_[i + 1].lower.size() == 1;
  }
  // True if a phrase of one of the tables of `mask` (date_table_bit) ends
  // right before token `i`.
  bool phrase_before(std::size_t i, std::uint64_t mask) const {
    if (i == 0 || !word(i - 1)) return false;
    const DateWordRoles& roles = *t_[i - 1].roles;
    if (roles.whole & mask) return true;
    // Only a word that ends a longer phrase builds a key.
    const std::uint64_t longer = roles.last & mask;
    return longer && long_phrase_before(i, longer);
  }
  // True if a phrase of two to four words of the tables of `longer` ends
  // right before token `i`, a word. Out of line: few words end one.
  [[gnu::noinline]] bool long_phrase_before(std::size_t i, std::uint64_t longer) const {
    for (std::size_t k = 2; k <= 4 && k <= i && known(i - k); ++k) {
      if (long_phrase(i - k, i, longer)) return true;
    }
    return false;
  }
  bool phrase_before(std::size_t i, DateTable table) const { return phrase_before(i, date_table_bit(table)); }

  std::optional<int> month_at(std::size_t i) const {
    if (!in(i, DateTable::months)) return std::nullopt;
    if (w_.months_capitalized.value_or(false) && !t_[i].capitalized) return std::nullopt;
    auto it = w_.months.find(t_[i].lower);
    if (it == w_.months.end()) return std::nullopt;
    return it->second;
  }
  bool full_month_name(std::size_t i, int month) const {
    auto it = w_.full_month_length.find(month);
    return it != w_.full_month_length.end() && t_[i].lower.size() == it->second;
  }
  std::optional<int> weekday_at(std::size_t i) const {
    if (!in(i, DateTable::weekdays)) return std::nullopt;
    if (w_.months_capitalized.value_or(false) && !t_[i].capitalized) return std::nullopt;
    // Where weekdays are written in lower case, a capitalised one right
    // after another capitalised word is part of a name: "Santo Domingo,
    // 6 de mayo de 2026" tells no Sunday.
    if (!w_.months_capitalized.value_or(false) && t_[i].capitalized && i > 0 && t_[i - 1].kind == Token::Kind::word &&
        t_[i - 1].capitalized) {
      return std::nullopt;
    }
    auto it = w_.weekdays.find(t_[i].lower);
    if (it == w_.weekdays.end()) return std::nullopt;
    return it->second;
  }
  // The token of a weekday set off after a date that ends before token
  // `i`: "March 21, a Thursday", "21 March (a Friday)", "March 21, which
  // is a Thursday"; else k_none. The weekday must end its phrase, so that
  // "March 21, a Thursday deadline" is another matter.
  std::size_t weekday_after(std::size_t i) const {
    if (!punct(i, ",") && !punct(i, "(")) return k_none;
    const std::size_t n = phrase_at(i + 1, DateTable::weekday_appositions);
    if (n == 0) return k_none;
    const std::size_t w = i + 1 + n;
    if (!weekday_at(w)) return k_none;
    if (w + 1 < t_.size() && t_[w + 1].kind != Token::Kind::punct) return k_none;
    return w;
  }
  // The count of "three months" ("3 months", "tres meses") at token i,
  // its end in months_end_; 0 if none.
  int months_count_at(std::size_t i) const {
    std::size_t n = phrase_at(i, DateTable::numbers);
    int count = 0;
    if (n > 0) {
      count = value_of(i, n, w_.numbers);
    } else if (standalone_number(i) && t_[i].suffix.empty() && t_[i].value >= 1 && t_[i].value <= 12) {
      count = static_cast<int>(t_[i].value);
      n = 1;
    }
    const std::size_t u = i + n;
    if (count == 0 || !in(u, DateTable::plural_units)) return 0;
    if (w_.plural_units.find(t_[u].lower)->second != DateUnit::month) return 0;
    months_end_ = u + 1;
    return count;
  }
  const DateUnit* unit_at(std::size_t i) const {
    if (!in(i, DateTable::units)) return nullptr;
    auto it = w_.units.find(t_[i].lower);
    return it == w_.units.end() ? nullptr : &it->second;
  }
  // A number token glued to a letter or digit run ("H200", "2,000") is
  // not a day or a year.
  bool standalone_number(std::size_t i) const {
    if (i >= t_.size() || t_[i].kind != Token::Kind::number) return false;
    if (i > 0 && glued(i)) {
      const Token& prev = t_[i - 1];
      if (prev.kind != Token::Kind::punct) return false;
      if (figure_separator(mark(prev)) && i >= 2 && !prev.space_before && t_[i - 2].kind == Token::Kind::number) {
        return false;
      }
    }
    if (i + 1 < t_.size() && glued(i + 1) && t_[i + 1].kind == Token::Kind::punct) {
      const char p = mark(t_[i + 1]);
      if (p == '%' || p == ':') return false;
      if (figure_separator(p) && i + 2 < t_.size() && glued(i + 2) && t_[i + 2].kind == Token::Kind::number) {
        return false;
      }
    }
    return true;
  }
  std::optional<int> day_number(std::size_t i) const {
    if (!standalone_number(i)) return std::nullopt;
    return standalone_day(i);
  }
  // day_number of a figure `i` known to be a standalone_number.
  std::optional<int> standalone_day(std::size_t i) const {
    const Token& t = t_[i];
    if (t.lower.size() > 2 || t.value < 1 || t.value > 31) return std::nullopt;
    if (!t.suffix.empty() && !w_.ordinal_suffixes.contains(t.suffix)) return std::nullopt;
    return static_cast<int>(t.value);
  }
  // A day number on one side of a dash ("3" and "5" in "3-5 June"), which
  // standalone_number refuses.
  std::optional<int> dash_day(std::size_t i) const {
    if (i >= t_.size() || t_[i].kind != Token::Kind::number) return std::nullopt;
    const Token& t = t_[i];
    if (t.lower.size() > 2 || t.value < 1 || t.value > 31) return std::nullopt;
    if (!t.suffix.empty() && !w_.ordinal_suffixes.contains(t.suffix)) return std::nullopt;
    return static_cast<int>(t.value);
  }
  bool dash_at(std::size_t i) const { return (punct(i, "-") || punct(i, "\u2013")) && glued(i) && glued(i + 1); }
  std::optional<int> year_number(std::size_t i) const {
    if (!standalone_number(i)) return std::nullopt;
    return standalone_year(i);
  }
  // year_number of a figure `i` known to be a standalone_number.
  std::optional<int> standalone_year(std::size_t i) const {
    const Token& t = t_[i];
    if (t.lower.size() != 4 || !t.suffix.empty() || t.value < 1800 || t.value > 2200) return std::nullopt;
    return static_cast<int>(t.value);
  }
  // "2023's"
  bool possessive_after(std::size_t i) const {
    return (punct(i + 1, "'") || punct(i + 1, "\u2019")) && glued(i + 1) && word(i + 2) && glued(i + 2) &&
           t_[i + 2].lower == "s";
  }
  // A lower-case plural noun right after a number makes it a count ("in 2000 cases").
  bool plural_noun_at(std::size_t i) const {
    if (!word(i) || t_[i].capitalized) return false;
    const std::string_view l = t_[i].lower;
    return l.size() > 3 && l.back() == 's' && !in(i, DateTable::past_verbs) &&
           !in(i, DateTable::non_past_auxiliaries) && !in(i, DateTable::future_markers);
  }

  // The tables of the first word of a form that point() reads from a word:
  // a word in none of them ("in", "rose 5%") can only be the letter of "Q3"
  // or "H1".
  static constexpr std::uint64_t k_word_form_tables =
      date_table_bit(DateTable::modifiers) | date_table_bit(DateTable::weekdays) |
      date_table_bit(DateTable::months) | date_table_bit(DateTable::units) | date_table_bit(DateTable::ordinals) |
      date_table_bit(DateTable::shift_before) | date_table_bit(DateTable::ago_before) |
      date_table_bit(DateTable::numbers) | date_table_bit(DateTable::within) | date_table_bit(DateTable::day_words);
  bool opens_word_form(std::size_t i) const {
    return ((t_[i].roles->whole | t_[i].roles->first) & k_word_form_tables) != 0;
  }
  // context_at(i) where point(i) reads it: not for punctuation, nor for a
  // word that opens no word form.
  Ctx context_for(std::size_t i) const {
    if (i >= t_.size() || t_[i].kind == Token::Kind::punct) return Ctx{};
    if (t_[i].kind == Token::Kind::word && !opens_word_form(i)) return Ctx{};
    return context_at(i);
  }

  Ctx context_at(std::size_t i) const {
    Ctx c;
    constexpr std::uint64_t k_date = date_table_bit(DateTable::prepositions) | date_table_bit(DateTable::bounds) |
                                     date_table_bit(DateTable::modifiers) |
                                     date_table_bit(DateTable::month_year_links);
    constexpr std::uint64_t k_weekday =
        date_table_bit(DateTable::weekday_markers) | date_table_bit(DateTable::bounds);
    constexpr std::uint64_t k_article = date_table_bit(DateTable::articles);
    // Most words before a date end no phrase of these tables.
    if (i == 0 || !word(i - 1)) return c;
    const DateWordRoles& before = *t_[i - 1].roles;
    if (!((before.whole | before.last) & (k_date | k_weekday | k_article))) return c;
    c.date = phrase_before(i, k_date);
    c.weekday = phrase_before(i, k_weekday);
    c.article = phrase_before(i, k_article);
    return c;
  }

  // ---- points ----
  // "Dec. 8", "December 8th, 2025", "November 2023", "in April".
  std::optional<Point> month_first(std::size_t i, const Ctx& ctx, bool need_day) const {
    const std::optional<int> m = month_at(i);
    if (!m) return std::nullopt;
    Point p;
    p.begin = p.date_begin = i;
    std::size_t k = i + 1;
    if (punct(k, ".") && glued(k)) ++k;
    if (const std::optional<int> d = day_number(k)) {
      std::size_t e = k + 1;
      std::optional<int> y;
      if (punct(e, ",") && (y = year_number(e + 1))) e += 2;
      else if ((y = year_number(e))) e += 1;
      p.spec.precision = DatePrecision::day;
      p.spec.month = *m;
      p.spec.day = *d;
      if (!is_valid_date({y.value_or(2000), *m, *d})) return std::nullopt;
      p.spec.kind = y ? SpecKind::absolute : SpecKind::yearless;
      p.spec.year = y.value_or(0);
      p.end = e;
      return p;
    }
    if (need_day) return std::nullopt;
    p.spec.precision = DatePrecision::month;
    p.spec.month = *m;
    std::size_t link = phrase_at(i + 1, DateTable::month_year_links);
    if (const std::optional<int> y = year_number(i + 1 + link); y && !plural_noun_at(i + 2 + link)) {
      p.spec.kind = SpecKind::absolute;
      p.spec.year = *y;
      p.end = i + 2 + link;
      return p;
    }
    // A bare month needs a date context, and abbreviations ("Jan" may be a
    // name) a day or a year.
    if (!full_month_name(i, *m)) return std::nullopt;
    const bool attributive = ctx.article && word(i + 1) && !t_[i + 1].capitalized;
    if (!ctx.date && !attributive) return std::nullopt;
    p.spec.kind = SpecKind::yearless;
    p.end = i + 1;
    return p;
  }

  // "8 December 2025", "8th of December", "8 de diciembre de 2025".
  std::optional<Point> day_first(std::size_t i) const { return day_first(i, day_number(i)); }
  // The same with `d`, the day_number of figure `i`.
  std::optional<Point> day_first(std::size_t i, std::optional<int> d) const {
    if (!d) return std::nullopt;
    std::size_t j = i + 1 + phrase_at(i + 1, DateTable::day_month_links);
    const std::optional<int> m = month_at(j);
    if (!m) return std::nullopt;
    Point p;
    p.begin = p.date_begin = i;
    std::size_t e = j + 1;
    std::optional<int> y;
    if (punct(e, ",") && (y = year_number(e + 1))) {
      e += 2;
    } else if (const std::size_t link = phrase_at(e, DateTable::month_year_links);
               link && (y = year_number(e + link))) {
      e += link + 1;
    } else if ((y = year_number(e))) {
      e += 1;
    }
    if (!is_valid_date({y.value_or(2000), *m, *d})) return std::nullopt;
    p.spec.kind = y ? SpecKind::absolute : SpecKind::yearless;
    p.spec.precision = DatePrecision::day;
    p.spec.year = y.value_or(0);
    p.spec.month = *m;
    p.spec.day = *d;
    p.end = e;
    return p;
  }

  // "2025-12-08"
  std::optional<Point> iso(std::size_t i) const {
    if (i + 4 >= t_.size() || t_[i].kind != Token::Kind::number || t_[i].lower.size() != 4 || !t_[i].suffix.empty())
      return std::nullopt;
    if (i > 0 && glued(i) && t_[i - 1].kind != Token::Kind::punct) return std::nullopt;
    if (!punct(i + 1, "-") || !glued(i + 1) || !glued(i + 2) || t_[i + 2].lower.size() != 2 ||
        t_[i + 2].kind != Token::Kind::number || !punct(i + 3, "-") || !glued(i + 3) || !glued(i + 4) ||
        t_[i + 4].kind != Token::Kind::number || t_[i + 4].lower.size() != 2 || !t_[i + 4].suffix.empty()) {
      return std::nullopt;
    }
    const CivilDate d{static_cast<int>(t_[i].value), static_cast<int>(t_[i + 2].value),
                      static_cast<int>(t_[i + 4].value)};
    if (!is_valid_date(d) || d.year < 1800 || d.year > 2200) return std::nullopt;
    Point p;
    p.begin = p.date_begin = i;
    p.end = i + 5;
    p.spec = {SpecKind::absolute, DatePrecision::day, d.year, d.month, d.day};
    return p;
  }

  // The year a quarter or half belongs to, after the part word at `i`:
  // "2025", "of 2025", "of the year", "of last year", "del año pasado".
  // Returns false when none is written.
  bool part_year(std::size_t i, Spec& s, std::size_t& end) const {
    if (const std::optional<int> y = year_number(i)) {
      s.kind = SpecKind::absolute;
      s.year = *y;
      end = i + 1;
      return true;
    }
    if (const std::size_t n = phrase_at(i, DateTable::of_year)) {
      s.kind = SpecKind::year_shift;
      s.shift = 0;
      end = i + n;
      return true;
    }
    const std::size_t link = phrase_at(i, DateTable::month_year_links);
    if (link == 0) return false;
    const std::size_t j = i + link;
    if (const std::optional<int> y = year_number(j)) {
      s.kind = SpecKind::absolute;
      s.year = *y;
      end = j + 1;
      return true;
    }
    std::size_t n = 0;
    if (const int* shift = phrase_value_at(j, DateTable::shift_before, w_.shift_before, n)) {
      if (const DateUnit* u = unit_at(j + n); u && *u == DateUnit::year) {
        s.kind = SpecKind::year_shift;
        s.shift = *shift;
        end = j + n + 1;
        return true;
      }
    }
    // "del año pasado": the link, the article folded into it, then the unit.
    const std::size_t after_article = j + phrase_at(j, DateTable::articles);
    if (const DateUnit* u = unit_at(after_article); u && *u == DateUnit::year) {
      if (const int* shift = phrase_value_at(after_article + 1, DateTable::shift_after, w_.shift_after, n)) {
        s.kind = SpecKind::year_shift;
        s.shift = *shift;
        end = after_article + 1 + n;
        return true;
      }
    }
    return false;
  }

  // "Q3 2025", "H1 2025", "the third quarter", "the first half of the year".
  std::optional<Point> part(std::size_t i) const {
    Point p;
    p.begin = p.date_begin = i;
    Spec& s = p.spec;
    std::size_t after = 0;
    bool quarter = false;
    bool months = false;  // "the first three months of the year"
    if (part_letter_at(i)) {
      quarter = t_[i].lower == "q";
      s.part = static_cast<int>(t_[i + 1].value);
      after = i + 2;
    } else {
      // An ordinal phrase, or a figure with its suffix ("3rd"); its value
      // is looked up once the part word after it is there.
      std::size_t n = phrase_at(i, DateTable::ordinals);
      const bool figure = n == 0;
      if (figure) {
        if (i >= t_.size() || t_[i].kind != Token::Kind::number) return std::nullopt;
        n = 1;
      }
      std::size_t j = i + n;
      if (punct(j, "-") && glued(j) && glued(j + 1)) ++j;
      // "the first three months of the year" is its first quarter, "the
      // first six months of 2026" its first half (a year must follow).
      if (const int count = !figure && value_of(i, n, w_.ordinals) == 1 ? months_count_at(j) : 0;
          count == 3 || count == 6) {
        quarter = count == 3;
        months = true;
        j = months_end_ - 1;  // "months", as the part word
      } else if (in(j, DateTable::quarter_words)) {
        quarter = true;
      } else if (!in(j, DateTable::half_words)) {
        return std::nullopt;
      }
      int ordinal = 0;
      if (figure) {
        key_.assign(t_[i].lower);
        key_ += t_[i].suffix;
        auto it = w_.ordinals.find(key_);
        if (it == w_.ordinals.end()) return std::nullopt;
        ordinal = it->second;
      } else {
        ordinal = value_of(i, n, w_.ordinals);
      }
      s.part = ordinal;
      after = j + 1;
      if (in(after, DateTable::fiscal)) return std::nullopt;
    }
    // "fiscal third quarter", "fiscal the third quarter" are no calendar parts.
    if (phrase_before(i, DateTable::fiscal) ||
        (i > 0 && phrase_before(i - 1, DateTable::fiscal) && phrase_before(i, DateTable::articles))) {
      return std::nullopt;
    }
    s.precision = quarter ? DatePrecision::quarter : DatePrecision::half;
    if (s.part < 1 || s.part > (quarter ? 4 : 2)) return std::nullopt;
    std::size_t end = after;
    if (!part_year(after, s, end)) {
      // A half needs its year ("the first half" may be a match); a quarter
      // alone takes the publication year rule ("the first three months"
      // alone may be any three: none).
      if (!quarter || months) return std::nullopt;
      s.kind = SpecKind::yearless;
      end = after;
    }
    p.end = end;
    return p;
  }

  // The date written out after weekday `w` at token `at` ("Tuesday, 14
  // March 2025", "Tue. March 14"), as a point from token `begin` that
  // carries the weekday to check; nullopt if no date follows.
  std::optional<Point> weekday_date(std::size_t begin, std::size_t at, int w) const {
    std::size_t k = at + 1;
    if (punct(k, ".") && glued(k)) ++k;
    if (punct(k, ",")) ++k;
    // "on Monday (Feb 11)", "on Thursday (April 16)": the date in brackets.
    const bool bracketed = punct(k, "(");
    if (bracketed) ++k;
    std::optional<Point> p = month_first(k, Ctx{}, true);
    if (!p) p = day_first(k);
    if (p && bracketed && !punct(p->end, ")")) p.reset();
    if (p) {
      p->begin = begin;
      p->weekday = w;
      p->weekday_token = at;
    }
    return p;
  }

  // "last October", "this April", "next month", "last year", "este año",
  // "el pasado octubre", "last Monday".
  std::optional<Point> shift_before(std::size_t i) const {
    const std::size_t n = phrase_at(i, DateTable::shift_before);
    if (n == 0) return std::nullopt;
    Point p;
    p.begin = p.date_begin = i;
    const std::size_t j = i + n;
    if (const std::optional<int> m = month_at(j)) {
      p.spec = {SpecKind::shift_month, DatePrecision::month, 0, *m};
    } else if (const std::optional<int> w = weekday_at(j)) {
      // "el pasado lunes 17 de febrero", "last Tuesday, March 3": the date
      // written out, with its weekday to check.
      if (std::optional<Point> dated = weekday_date(i, j, *w)) return dated;
      p.spec.kind = SpecKind::shift_weekday;
      p.spec.weekday = *w;
    } else if (const DateUnit* u = unit_at(j); u && *u != DateUnit::day) {
      // "the last year" is the twelve months up to now, a period.
      if (phrase_before(i, DateTable::period_words)) return std::nullopt;
      p.spec.kind = SpecKind::shift_unit;
      p.spec.unit = *u;
    } else {
      return std::nullopt;
    }
    p.spec.shift = value_of(i, n, w_.shift_before);
    p.end = j + 1;
    return p;
  }

  // "el año pasado", "octubre pasado", "la semana pasada".
  std::optional<Point> shift_after(std::size_t i) const {
    if (w_.shift_after.empty()) return std::nullopt;
    Point p;
    p.begin = p.date_begin = i;
    if (const std::optional<int> m = month_at(i)) {
      p.spec = {SpecKind::shift_month, DatePrecision::month, 0, *m};
    } else if (const std::optional<int> w = weekday_at(i)) {
      p.spec.kind = SpecKind::shift_weekday;
      p.spec.weekday = *w;
    } else if (const DateUnit* u = unit_at(i); u && *u != DateUnit::day) {
      p.spec.kind = SpecKind::shift_unit;
      p.spec.unit = *u;
    } else {
      return std::nullopt;
    }
    std::size_t n = 0;
    const int* shift = phrase_value_at(i + 1, DateTable::shift_after, w_.shift_after, n);
    if (!shift) return std::nullopt;
    p.spec.shift = *shift;
    p.end = i + 1 + n;
    return p;
  }

  // "a week ago", "two years ago", "hace una semana".
  std::optional<Point> ago(std::size_t i) const {
    const std::size_t before = phrase_at(i, DateTable::ago_before);
    const std::size_t c = i + before;
    int count = 0;
    std::size_t n = phrase_at(c, DateTable::numbers);
    const bool count_word = n > 0;
    if (!count_word) {
      if (!standalone_number(c) || !t_[c].suffix.empty() || t_[c].value < 1 || t_[c].value > 100) return std::nullopt;
      count = static_cast<int>(t_[c].value);
      n = 1;
    }
    const std::size_t u = c + n;
    // The unit first: a count word ("a") is common, a unit after it rare.
    if (!in(u, DateTable::plural_units) && !in(u, DateTable::units)) return std::nullopt;
    if (count_word) count = value_of(c, n, w_.numbers);
    const DateUnit* unit = nullptr;
    if (in(u, DateTable::plural_units)) unit = &w_.plural_units.find(t_[u].lower)->second;
    if (count == 1 && in(u, DateTable::units)) unit = &w_.units.find(t_[u].lower)->second;
    if (!unit) return std::nullopt;
    std::size_t end = u + 1;
    if (before == 0) {
      const std::size_t after = phrase_at(end, DateTable::ago_after);
      if (after == 0) return std::nullopt;
      end += after;
    }
    Point p;
    p.begin = p.date_begin = i;
    p.end = end;
    p.spec.kind = SpecKind::ago;
    p.spec.unit = *unit;
    p.spec.shift = count;
    return p;
  }

  // "earlier this year", "later this month".
  std::optional<Point> within(std::size_t i) const {
    std::size_t n = 0;
    const int* side = phrase_value_at(i, DateTable::within, w_.within, n);
    if (!side || *side == 0) return std::nullopt;
    std::size_t m = 0;
    const int* shift = phrase_value_at(i + n, DateTable::shift_before, w_.shift_before, m);
    if (!shift || *shift != 0) return std::nullopt;
    const DateUnit* u = unit_at(i + n + m);
    if (!u || *u == DateUnit::day) return std::nullopt;
    Point p;
    p.begin = p.date_begin = i;
    p.end = i + n + m + 1;
    p.spec.kind = SpecKind::within;
    p.spec.unit = *u;
    p.spec.shift = *side;
    return p;
  }

  std::optional<Point> point(std::size_t i, const Ctx& ctx) const {
    // Every form opens with a word or a figure; the forms of each are
    // tried in one order.
    if (i >= t_.size() || t_[i].kind == Token::Kind::punct) return std::nullopt;
    if (t_[i].kind == Token::Kind::number) return figure_point(i, ctx);
    // Every other form needs the word in one of these tables.
    if (!opens_word_form(i)) return part(i);
    // "early 2023", "mid-December": the modifier is kept in the mention.
    if (phrase_at(i, DateTable::modifiers) == 1) {
      std::size_t j = i + 1;
      if (punct(j, "-") && glued(j) && glued(j + 1)) ++j;
      Ctx inner = ctx;
      inner.date = true;
      if (auto p = point(j, inner); p && (p->spec.kind == SpecKind::absolute || p->spec.kind == SpecKind::yearless) &&
                                    p->spec.precision != DatePrecision::day) {
        p->begin = i;
        return p;
      }
      return std::nullopt;
    }
    // "Tuesday, 14 March 2025", "el martes 14 de marzo".
    if (const std::optional<int> w = weekday_at(i)) {
      if (std::optional<Point> p = weekday_date(i, i, *w)) return p;
    }
    if (auto p = shift_after(i)) return p;
    if (auto p = month_first(i, ctx, false)) return p;
    if (auto p = part(i)) return p;
    if (auto p = shift_before(i)) return p;
    if (auto p = ago(i)) return p;
    if (auto p = within(i)) return p;
    std::size_t n = 0;
    if (const int* offset = phrase_value_at(i, DateTable::day_words, w_.day_words, n)) {
      Point p;
      p.begin = p.date_begin = i;
      p.end = i + n;
      p.spec.kind = SpecKind::day_offset;
      p.spec.shift = *offset;
      return p;
    }
    if (const std::optional<int> w = weekday_at(i); w && ctx.weekday) {
      Point p;
      p.begin = p.date_begin = i;
      p.end = i + 1;
      p.spec.kind = SpecKind::weekday;
      p.spec.weekday = *w;
      return p;
    }
    return std::nullopt;
  }

  // The forms point() reads from a figure at `i`.
  std::optional<Point> figure_point(std::size_t i, const Ctx& ctx) const {
    if (auto p = iso(i)) return p;
    // A figure glued to letters or to another figure ("H200", "2,000") is
    // no day, count or year: of the forms below only part() reads it.
    if (!standalone_number(i)) return part(i);
    if (auto p = day_first(i, standalone_day(i))) return p;
    if (auto p = part(i)) return p;
    if (auto p = ago(i)) return p;
    if (const std::optional<int> y = standalone_year(i)) {
      const bool possessive = possessive_after(i);
      if ((ctx.date || possessive) && !phrase_before(i, DateTable::fiscal) && (possessive || !plural_noun_at(i + 1))) {
        Point p;
        p.begin = p.date_begin = i;
        p.end = i + 1;
        p.spec = {SpecKind::absolute, DatePrecision::year, *y};
        return p;
      }
    }
    if (ctx.bare_day) {
      if (const std::optional<int> d = standalone_day(i)) {
        Point p;
        p.begin = p.date_begin = i;
        p.end = i + 1;
        p.spec.kind = SpecKind::bare_day;
        p.spec.day = *d;
        return p;
      }
    }
    return std::nullopt;
  }

  // ---- tense ----
  // Whether token `k` is a lowercase word of five bytes or more with an
  // ending of `suffixes`.
  bool ends_in(std::size_t k, const DateWordSet& suffixes) const {
    const Token& t = t_[k];
    if (t.kind != Token::Kind::word || t.capitalized || t.lower.size() < 5) return false;
    for (const std::string& suffix : suffixes) {
      if (t.lower.ends_with(suffix)) return true;
    }
    return false;
  }
  // A simple past told by its ending alone (past_verb_suffixes):
  // "promulgó", "sancionaron".
  bool past_verb_by_ending(std::size_t k) const { return ends_in(k, w_.past_verb_suffixes); }
  bool past_cue(std::size_t k) const {
    const Token& t = t_[k];
    if (t.kind != Token::Kind::word || t.capitalized) return false;
    return in(k, DateTable::past_verbs) || ends_in(k, w_.past_suffixes);
  }

  // True if the word at `k` follows a determiner or a possessive ("the
  // proposed dividend", "Ardlow's revised plan"): a participle qualifying
  // a noun, no verb.
  bool qualifies_noun(std::size_t k) const {
    if (k == 0) return false;
    if (in(k - 1, DateTable::determiners)) return true;
    const std::string_view before = t_[k - 1].lower;
    return before.ends_with("'s") || (before == "s" && k >= 2 && t_[k - 2].lower == "'");
  }

  // True if the future marker at token `k` and the word after it look
  // back (looking_back: "would have allowed").
  bool looks_back(std::size_t k) const {
    if (w_.looking_back.empty() || k + 1 >= t_.size() || t_[k + 1].kind != Token::Kind::word) return false;
    std::string pair(t_[k].lower);
    pair.append(" ").append(t_[k + 1].lower);
    return w_.looking_back.contains(pair);
  }

  // True if token `k` marks the future; "May" the month is no modal.
  // So does a lowercase word with a future-tense ending ("escuchará").
  bool future_cue(std::size_t k) const {
    if (in(k, DateTable::future_markers)) return !month_at(k) && !looks_back(k);
    const Token& t = t_[k];
    if (w_.future_suffixes.empty() || t.kind != Token::Kind::word || t.capitalized || t.lower.size() < 5) return false;
    for (const std::string& suffix : w_.future_suffixes) {
      if (t.lower.ends_with(suffix)) return true;
    }
    return false;
  }

  // True if some word of the sentence marks the future, worked out once.
  bool future_in_sentence() const {
    if (!future_in_sentence_) {
      bool future = false;
      for (std::size_t k = 0; k < t_.size() && !future; ++k) future = future_cue(k);
      future_in_sentence_ = future;
    }
    return *future_in_sentence_;
  }

  // The tense cue of each token, worked out at the first date that reads
  // the tense: the dates of a sentence look at the same words.
  const std::vector<Tense>& cues() const {
    if (cues_.empty()) {
      cues_.resize(t_.size(), Tense::none);
      bool future = false;
      for (std::size_t k = 0; k < t_.size(); ++k) {
        if (!word(k)) continue;
        if (future_cue(k)) {
          cues_[k] = Tense::future;
          future = true;
        } else if (past_cue(k) && !(k > 0 && (in(k - 1, DateTable::non_past_auxiliaries) || qualifies_noun(k)))) {
          // "must be placed" is no past, nor "Ardlow's proposed dividend".
          cues_[k] = Tense::past;
        }
      }
      future_in_sentence_ = future;
    }
    return cues_;
  }

  // Whether a mark ending a clause (comma, semicolon, colon, dash) stands
  // among tokens [from, to).
  bool marks_between(std::size_t from, std::size_t to) const {
    for (std::size_t k = from; k < to && k < t_.size(); ++k) {
      if (t_[k].kind != Token::Kind::punct) continue;
      const std::string_view p = t_[k].lower;
      if (p == "," || p == ";" || p == ":" || p == "\xE2\x80\x94" || p == "\xE2\x80\x93") return true;
    }
    return false;
  }

  // The tense of the nearest cue around tokens [begin, end).
  Tense tense_around(std::size_t begin, std::size_t end) const {
    // Cues within a clause's reach of the date only: this keeps a sentence
    // of thousands of dates linear (issue 10).
    constexpr std::size_t k_reach = 40;
    const std::vector<Tense>& cue = cues();
    // Outwards from the date, both sides at each distance: the first cue
    // met decides, and a past and a future one as near cancel out.
    for (std::size_t distance = 1; distance <= k_reach; ++distance) {
      const bool left = distance <= begin;
      const bool right = end + distance - 1 < t_.size();
      if (!left && !right) break;
      const Tense before = left ? cue[begin - distance] : Tense::none;
      const Tense after = right ? cue[end + distance - 1] : Tense::none;
      const bool past = before == Tense::past || after == Tense::past;
      const bool future = before == Tense::future || after == Tense::future;
      if (past && future) {
        // "will run from Saturday 21 June until August, aimed at
        // visitors": the cue of the date's own clause decides; one
        // across a comma is of another clause.
        const bool left_apart = marks_between(begin - distance + 1, begin);
        const bool right_apart = marks_between(end, end + distance - 1);
        if (left_apart != right_apart) return left_apart ? after : before;
        return Tense::none;
      }
      if (past) return Tense::past;
      if (future) return Tense::future;
    }
    return Tense::none;
  }

  // The past verb of a relative clause right after a date ending before
  // token `end`: ", which drew", ", donde se celebró", ", when members
  // voted" (a word or two between); nothing when the sentence marks a
  // condition or the clause the future.
  std::optional<ByteRange> relative_past_verb(std::size_t end) const {
    std::size_t k = end;
    if (k < t_.size() && t_[k].kind == Token::Kind::punct && t_[k].lower == ",") ++k;
    if (k >= t_.size() || !word(k) ||
        !(t_[k].lower == "which" || t_[k].lower == "when" || t_[k].lower == "where" || t_[k].lower == "que" ||
          t_[k].lower == "cuando" || t_[k].lower == "donde")) {
      return std::nullopt;
    }
    if (condition_in_sentence() || future_in_clause(k)) return std::nullopt;
    // (", when more than 1,400 people toured the ground": a subject with
    // its figure, five tokens at most, before the verb.)
    for (std::size_t j = k + 1, words = 0; j < t_.size() && words < 6; ++j) {
      if (t_[j].kind == Token::Kind::number) continue;
      // ("1,400": the group mark between its digits.)
      if (t_[j].kind == Token::Kind::punct && j + 1 < t_.size() && t_[j - 1].kind == Token::Kind::number &&
          t_[j + 1].kind == Token::Kind::number && (t_[j].lower == "," || t_[j].lower == ".")) {
        continue;
      }
      if (!word(j)) return std::nullopt;
      ++words;
      if (in(j, DateTable::non_past_auxiliaries)) return std::nullopt;
      if (past_cue(j)) return ByteRange{t_[j].begin, t_[j].end};
    }
    return std::nullopt;
  }

  // Whether a word of condition ("if", "unless", "si") stands in the
  // sentence.
  bool condition_in_sentence() const {
    for (std::size_t k = 0; k < t_.size(); ++k) {
      if (word(k) && (t_[k].lower == "if" || t_[k].lower == "unless" || t_[k].lower == "si")) return true;
    }
    return false;
  }

  // Whether a word marking the future stands in the clause of token `at`:
  // between the marks (comma, semicolon, colon, dash) around it.
  // With `relative_ends`, the clause also ends at a word of clause_words
  // after `at` ("aprobó el viernes 23 de enero una nueva propuesta ... y
  // que el comité estudiará esta semana": the future is the proposal's).
  bool future_in_clause(std::size_t at, bool relative_ends = false) const {
    std::size_t from = at;
    while (from > 0 && !marks_between(from - 1, from)) --from;
    std::size_t to = at;
    while (to < t_.size() && !marks_between(to, to + 1) &&
           !(relative_ends && to > at && in(to, DateTable::clause_words))) {
      ++to;
    }
    for (std::size_t k = from; k < to; ++k) {
      if (future_cue(k)) return true;
    }
    return false;
  }

  // The simple past verb governing a date that starts at token `begin`:
  // the date follows an event preposition ("in", "on") or, for a month, a
  // word, the verb comes at
  // most six words before that with no punctuation, auxiliary, infinitive
  // or new clause between, not after an auxiliary ("to be launched", "has
  // launched"), and nothing in the sentence marks the future or a
  // condition (precision first, issue 5).
  // A range carries its own opener ("between May and June 2026").
  std::optional<ByteRange> governing_past_verb(std::size_t begin, bool range) const {
    if (begin == 0) return std::nullopt;
    // "drew 18,000 riders on its first day, Monday, March 9": the date
    // names the day of the phrase before its comma, whose preposition opens
    // it.
    // ("en su primer día, el lunes 9 de marzo": an article may open it.)
    const bool article = begin >= 2 && t_[begin - 1].kind == Token::Kind::word && in(begin - 1, DateTable::articles);
    const std::size_t comma = article ? begin - 2 : begin - 1;
    if (!range && comma >= 3 && punct(comma, ",")) {
      for (std::size_t n = 4; n >= 2; --n) {
        if (comma >= n + 1 && phrase_at(comma - n, DateTable::day_appositions) == n) {
          return governing_past_verb(comma - n + 1, false);
        }
      }
    }
    // Wire style drops "on" before a month and day ("signed the term sheet
    // Dec. 14"): a month and its day right after a word open the date.
    // (A day follows the month; "the plan of November 2026" is no date of
    // an event.)
    const auto day_after = [&] {
      for (std::size_t k = begin + 1; k < t_.size() && k <= begin + 2; ++k) {
        if (t_[k].kind == Token::Kind::number) return t_[k].end - t_[k].begin <= 2;
        if (t_[k].kind == Token::Kind::word) return false;
      }
      return false;
    };
    // So does a weekday ("premiered Friday, May 22").
    const bool bare = !range && !in(begin - 1, DateTable::event_prepositions) &&
                      t_[begin - 1].kind == Token::Kind::word &&
                      ((in(begin, DateTable::months) && day_after()) || in(begin, DateTable::weekdays));
    if (!range && !bare && !in(begin - 1, DateTable::event_prepositions)) return std::nullopt;
    // A future or a condition in the date's clause ("que terminó el
    // viernes 30 de octubre, y podrían variar ..." is past where it is).
    // A condition governs the whole sentence ("launched in November 2026,
    // if the plan holds").
    if (future_in_sentence() && (future_in_clause(begin, true) || condition_in_sentence())) return std::nullopt;
    std::size_t k = range || bare ? begin : begin - 1;
    // "at its meeting on": the occasion is not counted, and ties the date
    // to a verb up to ten tokens before it ("approved a second round of
    // $3.1 million in rebuilding grants at its meeting on").
    int limit = 6;
    for (std::size_t n = 4; n >= 2; --n) {
      if (k >= n && phrase_at(k - n, DateTable::occasions) == n) {
        k -= n;
        limit = 10;
        break;
      }
    }
    const std::size_t opener = k;
    // (A sign of money or of a share, and a mark between digits, are part
    // of a figure, which counts once: "$3.1 million", "12,400", "4%".)
    const auto number = [&](std::size_t i) { return i < t_.size() && t_[i].kind == Token::Kind::number; };
    const auto inner_mark = [&](std::size_t i) {
      return (punct(i, ".") || punct(i, ",")) && i > 0 && number(i - 1) && number(i + 1) &&
             t_[i - 1].end == t_[i].begin && t_[i].end == t_[i + 1].begin;
    };
    // (A hyphen or an apostrophe inside a word is part of it: "the
    // co-op's annual general meeting on".)
    const auto word_at = [&](std::size_t i) { return i < t_.size() && t_[i].kind == Token::Kind::word; };
    const auto inner_word_mark = [&](std::size_t i) {
      return (punct(i, "-") || punct(i, "'") || punct(i, "\u2019")) && i > 0 && word_at(i - 1) && word_at(i + 1) &&
             t_[i - 1].end == t_[i].begin && t_[i].end == t_[i + 1].begin;
    };
    for (int words = 0; k > 0 && words < limit;) {
      --k;
      const Token& t = t_[k];
      const bool sign = punct(k, "$") || punct(k, "%") || punct(k, "\u00a3") || punct(k, "\u20ac");
      if (inner_word_mark(k)) {
        --words;  // the two parts count once
        continue;
      }
      if (t.kind == Token::Kind::punct && !sign && !inner_mark(k)) return std::nullopt;
      if (t.kind == Token::Kind::word || (number(k) && !(k > 0 && inner_mark(k - 1)))) ++words;
      if (t.kind != Token::Kind::word) continue;
      if (in(k, DateTable::past_verbs) || past_verb_by_ending(k)) {
        if (k > 0 && in(k - 1, DateTable::non_past_auxiliaries)) return std::nullopt;
        // "said the union's contract expires in 2027": words between a
        // verb of speech and the date are the clause it tells, whose own
        // verb the date is of ("said on Monday" is the telling's day).
        if (in(k, DateTable::reporting_verbs) && k + 1 < opener) return std::nullopt;
        return ByteRange{t.begin, t.end};
      }
      // (An infinitive right after the past verb and "a" or "de" is of
      // it: "comenzaron a operar el lunes 26 de enero".)
      const bool periphrasis = k >= 2 && t_[k - 1].kind == Token::Kind::word &&
                               (t_[k - 1].lower == "a" || t_[k - 1].lower == "de") &&
                               (in(k - 2, DateTable::past_verbs) || past_verb_by_ending(k - 2));
      // ("were issued to 310 workers on Monday 2 November": "to" before a
      // figure or an article is a preposition, no infinitive's.)
      const bool to_object = t.lower == "to" && (number(k + 1) || (k + 1 < t_.size() &&
                                                                   in(k + 1, DateTable::articles)));
      if ((in(k, DateTable::non_past_auxiliaries) && !to_object) || in(k, DateTable::clause_words) ||
          (ends_in(k, w_.infinitive_suffixes) && !periphrasis)) {
        return std::nullopt;
      }
    }
    return std::nullopt;
  }

  // ---- mentions ----
  // Appends the mention of point `p` (opened at token `begin`) to `out`,
  // built in place there; false, with `out` as it was, if it is none.
  bool mention(std::size_t begin, const Point& p, DateBound bound, const Point* range_start,
               std::vector<DateMention>& out) const {
    if (fill(out.emplace_back(), begin, p, bound, range_start)) return true;
    out.pop_back();
    return false;
  }
  // mention() in `m`, a default DateMention; false if there is none.
  bool fill(DateMention& m, std::size_t begin, const Point& p, DateBound bound, const Point* range_start) const {
    if (begin < year_phrase_end_) return false;
    // The tense of the words around the mention; resolve() reads it only
    // for a date without its year and a lone weekday, which few are.
    const bool reads_tense =
        reads_tense_kind(p.spec.kind) || (range_start && reads_tense_kind(range_start->spec.kind));
    Tense tense = reads_tense ? tense_around(begin, p.end) : Tense::none;
    // "Since the June 9 groundbreaking, ... it plans to install": a date
    // a back reference opens lies before publication, whatever the
    // sentence's other verbs say.
    if (reads_tense && begin > 0) {
      std::size_t k = begin - 1;
      if (k > 0 && t_[k].kind == Token::Kind::word && in(k, DateTable::articles)) --k;
      if (t_[k].kind == Token::Kind::word && w_.back_references.contains(t_[k].lower)) tense = Tense::past;
    }
    m.range = {t_[begin].begin, t_[p.end - 1].end};
    m.date_range = {t_[range_start ? range_start->date_begin : p.date_begin].begin, t_[p.end - 1].end};
    m.text = std::string(text_.substr(m.range.begin, m.range.size()));
    m.bound = bound;
    if (p.weekday) {
      m.weekday = p.weekday;
      m.weekday_range = {t_[p.weekday_token].begin, t_[p.weekday_token].end};
    } else if (p.spec.precision == DatePrecision::day &&
               (p.spec.kind == SpecKind::absolute || p.spec.kind == SpecKind::yearless)) {
      if (const std::size_t w = weekday_after(p.end); w != k_none) {
        m.weekday = weekday_at(w);
        m.weekday_range = {t_[w].begin, t_[w].end};
      }
    }
    // "indicted him Dec. 4 that year": the year told last before it.
    Spec spec = p.spec;
    if (spec.kind == SpecKind::yearless && !range_start && !w_.same_year_after.empty()) {
      if (const int year = same_year(begin, p.end)) {
        spec.kind = SpecKind::absolute;
        spec.year = year;
        m.year_elsewhere = true;
      }
    }
    // "since 2023, when the count reached 698 on Tuesday 3 January": the
    // year the clause of "when" tells of.
    if (spec.kind == SpecKind::yearless && !range_start) {
      if (const int year = when_year(begin)) {
        spec.kind = SpecKind::absolute;
        spec.year = year;
        m.year_elsewhere = true;
      }
    }
    // "21 October last year", "3 March next year": the publication's year
    // and the phrase's step.
    if (spec.kind == SpecKind::yearless && !range_start && pub_) {
      std::size_t phrase_end = 0;
      if (const int step = year_step_after(p.end, phrase_end); step != 0) {
        spec.kind = SpecKind::absolute;
        spec.year = pub_->year + step;
        year_phrase_end_ = phrase_end;
      }
    }
    std::optional<Resolved> r = resolve(spec, pub_, tense);
    // "will reopen ... Saturday, June 20, the director announced" in a
    // story of 10 June 2026: the weekday says the year of a day written
    // without one when the tense's year does not fit it and exactly one
    // year within two months of publication does (a day farther away is
    // the tense's, and its weekday maybe wrong: "the early hours of
    // Tuesday, 19 January" in a story of July 2026 is 2026's).
    if (r && p.weekday && spec.kind == SpecKind::yearless && spec.precision == DatePrecision::day && pub_ &&
        weekday_of(r->interval.first) != *p.weekday) {
      const long today = days_from_civil(*pub_);
      std::optional<Resolved> fit;
      int fits = 0;
      for (int y = pub_->year - 1; y <= pub_->year + 1; ++y) {
        std::optional<Resolved> c = calendar(spec.precision, y, spec.month, spec.day, spec.part);
        if (!c || std::labs(c->interval.first - today) > 61 || weekday_of(c->interval.first) != *p.weekday) continue;
        fit = std::move(c);
        ++fits;
      }
      if (fits == 1) r = std::move(fit);
    }
    bool relative = spec.kind != SpecKind::absolute;
    m.year_written = spec.kind == SpecKind::absolute;
    if (range_start) {
      Spec a = range_start->spec;
      if (a.kind == SpecKind::bare_day || a.kind == SpecKind::yearless) {
        // "from 3 to 5 June", "between March and May 2025": the start
        // borrows what it leaves out from the end.
        if (a.kind == SpecKind::bare_day) {
          a.precision = p.spec.precision;
          a.month = p.spec.month;
          if (p.spec.precision != DatePrecision::day) return false;
        }
        a.kind = SpecKind::absolute;
        a.year = r ? r->year : 0;
        if (r && a.precision == DatePrecision::day && !is_valid_date({a.year, a.month, a.day})) return false;
      }
      std::optional<Resolved> ra = a.year || a.kind != SpecKind::absolute ? resolve(a, pub_, tense) : std::nullopt;
      if (ra && r && ra->interval.first > r->interval.first && range_start->spec.kind == SpecKind::yearless) {
        // "between December and February 2026": the start is the year before.
        a.year -= 1;
        ra = resolve(a, pub_, tense);
      }
      relative = relative || range_start->spec.kind != SpecKind::absolute;
      m.year_written = p.spec.kind == SpecKind::absolute;
      if (ra && r) {
        if (ra->interval.first > r->interval.last) return false;
        r->value = ra->value + "/" + r->value;
        r->interval.first = ra->interval.first;
        r->precision = ra->precision;
      } else {
        r.reset();
      }
    }
    if (relative) {
      // The phrase as written, without a bound word: "el pasado octubre",
      // "between May and July"; "October" in "after October".
      const std::size_t from = bound == DateBound::lower_bound || bound == DateBound::upper_bound ? p.begin : begin;
      m.relative = std::string(text_.substr(t_[from].begin, m.range.end - t_[from].begin));
    }
    m.precision = nominal_precision(p.spec);
    if (r) {
      m.value = std::move(r->value);
      m.interval = r->interval;
      m.precision = r->precision;
      if (relative && pub_) m.resolved_against = resolved_against_;
    }
    if (bound == DateBound::exact || bound == DateBound::range) m.past_verb = governing_past_verb(begin, bound == DateBound::range);
    // "a closing party on Sunday, April 12, which drew about 2,300 skiers":
    // a day with its weekday, then a relative clause in the past about it.
    if (!m.past_verb && m.weekday && bound == DateBound::exact) m.past_verb = relative_past_verb(p.end);
    return true;
  }

  // The year told last before token `begin` when a same_year_after phrase
  // follows token `end` ("Oct. 23, 2024, ... Dec. 4 that year"); 0 if
  // none.
  // The token after a phrase of `phrases` of up to `words` words that
  // starts at token `end`; 0 if none.
  std::size_t phrase_after(std::size_t end, const DateWordSet& phrases, std::size_t words) const {
    if (phrases.empty()) return 0;
    std::string phrase;
    for (std::size_t k = end; k < t_.size() && k < end + words && t_[k].kind == Token::Kind::word; ++k) {
      if (!phrase.empty()) phrase += ' ';
      phrase.append(t_[k].lower);
      if (phrases.contains(phrase)) return k + 1;
    }
    return 0;
  }
  // -1 when a phrase of last_year_after follows token `end`, +1 for one
  // of next_year_after, else 0; `phrase_end` is the token after the phrase.
  int year_step_after(std::size_t end, std::size_t& phrase_end) const {
    if ((phrase_end = phrase_after(end, w_.last_year_after, 3))) return -1;
    if ((phrase_end = phrase_after(end, w_.next_year_after, 3))) return 1;
    return 0;
  }
  int same_year(std::size_t begin, std::size_t end) const {
    if (!phrase_after(end, w_.same_year_after, 4)) return 0;
    for (std::size_t k = begin; k-- > 0;) {
      const Token& t = t_[k];
      if (t.kind == Token::Kind::number && t.lower.size() == 4 && t.suffix.empty() && t.value >= 1000 &&
          t.value <= 2999) {
        return static_cast<int>(t.value);
      }
    }
    return 0;
  }

  // The year a clause of "when" or "cuando" opening before token `begin`
  // (twelve tokens back at most, no ";" or ":" between) follows, a comma
  // between: "since 2023, when", "en 2019, cuando"; else 0.
  int when_year(std::size_t begin) const {
    for (std::size_t k = begin; k-- > 0 && begin - k <= 12;) {
      if (punct(k, ";") || punct(k, ":")) return 0;
      if (t_[k].kind != Token::Kind::word || (t_[k].lower != "when" && t_[k].lower != "cuando")) continue;
      std::size_t j = k;
      if (j > 0 && punct(j - 1, ",")) --j;
      if (j == 0) return 0;
      const Token& y = t_[j - 1];
      const bool year = y.kind == Token::Kind::number && y.lower.size() == 4 && y.suffix.empty() && y.value >= 1000 &&
                        y.value <= 2999;
      return year ? static_cast<int>(y.value) : 0;
    }
    return 0;
  }

  // True if resolve() reads the tense of a spec of `kind`.
  static bool reads_tense_kind(SpecKind kind) { return kind == SpecKind::yearless || kind == SpecKind::weekday; }

  static bool article_belongs(const Point& p) {
    return p.spec.kind != SpecKind::absolute && p.spec.kind != SpecKind::yearless ? true
           : p.spec.precision == DatePrecision::quarter || p.spec.precision == DatePrecision::half;
  }

  // "June 3-5", "3-5 June 2025", "3-5 de junio": a day range written with
  // a dash.
  bool dash_range(std::size_t i, std::size_t& next, std::vector<DateMention>& out) const {
    // Both forms open with a month, or with a day and a dash.
    if (!in(i, DateTable::months) && !(dash_day(i) && dash_at(i + 1))) return false;
    Point a;
    Point b;
    a.begin = a.date_begin = i;
    a.spec.kind = SpecKind::bare_day;
    b.spec.precision = DatePrecision::day;
    std::optional<int> y;
    std::size_t e = 0;
    if (const std::optional<int> m = month_at(i)) {
      std::size_t k = i + 1;
      if (punct(k, ".") && glued(k)) ++k;
      const std::optional<int> d1 = dash_day(k);
      const std::optional<int> d2 = d1 && dash_at(k + 1) ? dash_day(k + 2) : std::nullopt;
      if (!d2) return false;
      a.spec.day = *d1;
      b.spec.month = *m;
      b.spec.day = *d2;
      e = k + 3;
      if (punct(e, ",") && (y = year_number(e + 1))) e += 2;
      else if ((y = year_number(e))) e += 1;
    } else {
      const std::optional<int> d1 = dash_day(i);
      const std::optional<int> d2 = d1 && dash_at(i + 1) ? dash_day(i + 2) : std::nullopt;
      if (!d2 || (i > 0 && glued(i) && t_[i - 1].kind != Token::Kind::punct)) return false;
      const std::size_t j = i + 3 + phrase_at(i + 3, DateTable::day_month_links);
      const std::optional<int> month = month_at(j);
      if (!month) return false;
      a.spec.day = *d1;
      b.spec.month = *month;
      b.spec.day = *d2;
      e = j + 1;
      if (punct(e, ",") && (y = year_number(e + 1))) {
        e += 2;
      } else if (const std::size_t link = phrase_at(e, DateTable::month_year_links);
                 link && (y = year_number(e + link))) {
        e += link + 1;
      } else if ((y = year_number(e))) {
        e += 1;
      }
    }
    if (a.spec.day >= b.spec.day || !is_valid_date({y.value_or(2000), b.spec.month, b.spec.day})) return false;
    b.spec.kind = y ? SpecKind::absolute : SpecKind::yearless;
    b.spec.year = y.value_or(0);
    b.begin = b.date_begin = i;
    b.end = e;
    if (!mention(i, b, DateBound::range, &a, out)) return false;
    next = e;
    return true;
  }

  // Appends the mention starting at token `i`, if any, to `out` and sets
  // `next` to the token after it; false if there is none. Token `i` passed
  // could_start().
  bool match_at(std::size_t i, std::size_t& next, std::vector<DateMention>& out) const {
    // "between March and May 2025", "from 3 to 5 June", "del 3 al 5 de junio".
    if (const std::size_t n = phrase_at(i, DateTable::range_openers)) {
      Ctx inner;
      inner.date = inner.bare_day = true;
      if (std::optional<Point> a = point(i + n, inner)) {
        const std::vector<std::string>& closers = value_of(i, n, w_.range_openers);
        std::size_t c = 0;
        for (std::size_t k = 0; k < 4 && word(a->end + k); ++k) {
          const std::string_view key = joined(a->end, a->end + k + 1);
          if (std::find(closers.begin(), closers.end(), key) != closers.end()) c = k + 1;
        }
        if (c > 0) {
          Ctx second;
          second.date = true;
          if (std::optional<Point> b = point(a->end + c, second); b && b->spec.kind != SpecKind::bare_day) {
            if (mention(i, *b, DateBound::range, &*a, out)) {
              next = b->end;
              return true;
            }
          }
        }
      }
    }
    if (dash_range(i, next, out)) return true;
    // "after October", "since 2023", "by 2027", "antes de marzo".
    if (const std::size_t n = phrase_at(i, DateTable::bounds)) {
      // A bound makes a date context of either kind; the article still counts.
      Ctx inner;
      inner.date = inner.weekday = true;
      inner.article = phrase_before(i + n, DateTable::articles);
      if (std::optional<Point> p = point(i + n, inner); p && p->spec.kind != SpecKind::bare_day) {
        if (mention(i, *p, value_of(i, n, w_.bounds), nullptr, out)) {
          next = p->end;
          return true;
        }
      }
    }
    // "the third quarter", "el año pasado", "el lunes".
    if (phrase_at(i, DateTable::articles) == 1) {
      if (std::optional<Point> p = point(i + 1, context_for(i + 1)); p && p->spec.kind != SpecKind::bare_day &&
                                                                   article_belongs(*p)) {
        if (mention(i, *p, DateBound::exact, nullptr, out)) {
          next = p->end;
          return true;
        }
      }
    }
    if (std::optional<Point> p = point(i, context_for(i)); p && p->spec.kind != SpecKind::bare_day) {
      if (mention(p->begin, *p, DateBound::exact, nullptr, out)) {
        next = p->end;
        return true;
      }
    }
    return false;
  }

  std::string_view text_;
  const DateLanguage& w_;
  std::optional<CivilDate> pub_;
  const std::string& resolved_against_;  // ScanBuffers::resolved_against
  std::vector<Token>& t_;  // views ScanBuffers::folded
  std::string& key_;
  std::vector<Tense>& cues_;  // see cues()
  mutable std::optional<bool> future_in_sentence_;  // see future_in_sentence()
  // The token after "last year" of "21 October last year": the phrase is
  // the day's year, no date of its own.
  mutable std::size_t year_phrase_end_ = 0;
  // The end of the phrase months_count_at() read last.
  mutable std::size_t months_end_ = 0;
};

}  // namespace

std::string_view to_string(DatePrecision precision) {
  static constexpr std::string_view k_names[] = {"day", "week", "month", "quarter", "half", "year"};
  return k_names[static_cast<std::size_t>(precision)];
}

namespace {

// The words and figures of a sentence, fed one by one, until they hold
// what every form of Scanner::point() needs: a word of
// DateLanguage::k_anchor_tables (a month or weekday capitalised when the
// language wants it so: month_at(), weekday_at()), a unit with a word of
// k_unit_companion_tables (shift_before(), shift_after(), ago(),
// within()), a four-digit figure from 1800 to 2200 (year_number(), iso())
// or one digit right after a "Q" or "H" (part()). Words are the
// tokenizer's letter runs, folded the same way; figures its digit runs.
// The result does not depend on the order they are fed in.
class AnchorReader {
 public:
  explicit AnchorReader(const DateLanguage& w) : w_(w), cased_(w.months_capitalized.value_or(false)) {}

  // True once the words so far hold an anchor, with the word [i, j) of `s`
  // of ASCII letters only. Most words are ruled out by their first and
  // last bytes and length, then by their hash, without a copy.
  bool ascii_word(std::string_view s, std::size_t i, std::size_t j) {
    const std::string_view word(s.data() + i, j - i);  // j <= size
    return w_.anchor_screen.may_hold(word) && screened_ascii_word(word);
  }

  // ascii_word for a `word` that passed the screen: screened again by its
  // first two bytes and last byte, then hashed. Out of line: the loop over
  // the words of a sentence that calls ascii_word keeps its state in
  // registers, and most words never get here.
  [[gnu::noinline]] bool screened_ascii_word(std::string_view word) {
    if (!w_.anchor_edges.may_hold(word)) return false;
    std::uint64_t hash = DateWordFilter::k_hash_start;
    for (const char c : word) hash = DateWordFilter::hash_step(hash, k_ascii_lower[static_cast<unsigned char>(c)]);
    return w_.anchor_filter.may_contain(hash) && filtered_ascii_word(word, hash);
  }

  // screened_ascii_word for a `word` whose `hash` passed the filter. Out
  // of line too: the filter turns most words away, with few registers.
  [[gnu::noinline]] bool filtered_ascii_word(std::string_view word, std::uint64_t hash) {
    word_.assign(word);
    for (char& ch : word_) ch = static_cast<char>(k_ascii_lower[static_cast<unsigned char>(ch)]);
    return anchors(hash, word.front() >= 'A' && word.front() <= 'Z');
  }

  // The same with the word [i, j) of `s` with other letters, folded as
  // tokenize() folds it.
  bool folded_word(std::string_view s, std::size_t i, std::size_t j, bool capitalized) {
    word_ = fold_date_word(s.substr(i, j - i));
    return anchors(DateWordFilter::hash(word_), capitalized);
  }

  // True if the digits [i, j) of `s` are a figure that anchors a date.
  static bool figure(std::string_view s, std::size_t i, std::size_t j) {
    if (j - i == 4) {
      int value = 0;
      for (std::size_t k = i; k < j; ++k) value = value * 10 + (s[k] - '0');
      return value >= 1800 && value <= 2200;
    }
    return j - i == 1 && i > 0 && (s[i - 1] == 'Q' || s[i - 1] == 'H');
  }

 private:
  // True once the words up to word_ (whose hash is `hash`) hold an anchor.
  bool anchors(std::uint64_t hash, bool capitalized) {
    constexpr std::uint64_t k_cased = date_table_bit(DateTable::months) | date_table_bit(DateTable::weekdays);
    const DateWordRoles* roles = w_.role_index.find(word_, hash);
    if (!roles) return false;
    const std::uint64_t tables = roles->whole | roles->first;
    const std::uint64_t anchor = tables & DateLanguage::k_anchor_tables;
    if ((anchor & ~k_cased) || (anchor && (capitalized || !cased_))) return true;
    unit_ = unit_ || (tables & DateLanguage::k_unit_tables);
    companion_ = companion_ || (tables & DateLanguage::k_unit_companion_tables);
    return unit_ && companion_;
  }

  const DateLanguage& w_;
  const bool cased_;
  bool unit_ = false;
  bool companion_ = false;
  std::string word_;  // the word looked up, folded
};

// True if the words and figures of `s` from `i` on, fed to `reader`, hold
// an anchor; `i` starts a token (or is 0). Decodes code points: any text.
bool read_decoding(std::string_view s, std::size_t i, AnchorReader& reader) {
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (k_ascii_lower[c]) {
      // A word, read as tokenize() reads it: ASCII letters, then any
      // letters after them.
      std::size_t j = ascii_letters_end(s, i + 1);
      if (j < s.size() && static_cast<unsigned char>(s[j]) >= 0x80 && letters_end(s, j) != j) {
        j = letters_end(s, j);
        if (reader.folded_word(s, i, j, c >= 'A' && c <= 'Z')) return true;
      } else if (reader.ascii_word(s, i, j)) {
        return true;
      }
      // The space after a word is skipped here, not by a turn of the loop.
      i = j < s.size() && s[j] == ' ' ? j + 1 : j;
      continue;
    }
    if (c >= '0' && c <= '9') {
      std::size_t j = i + 1;
      while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
      if (AnchorReader::figure(s, i, j)) return true;
      i = j;
      continue;
    }
    if (c < 0x80) {
      ++i;
      continue;
    }
    const utf8::Decoded first = utf8::decode(s, i);
    if (!is_letter(first.code_point)) {
      i += first.length;
      continue;
    }
    const std::size_t j = letters_end(s, i);
    const bool capitalized = first.code_point >= 0xC0 && first.code_point <= 0xDE && first.code_point != 0xD7;
    if (reader.folded_word(s, i, j, capitalized)) return true;
    i = j;
  }
  return false;
}

// What the up to 64 bytes of a text from `base` are, bit k for byte
// base + k (bits past the end of the text are 0).
struct ByteClasses {
  std::uint64_t letters = 0;  // ASCII letters: the bytes of the words may_hold_date reads
  std::uint64_t digits = 0;   // ASCII digits
  bool non_ascii = false;
};

// The ByteClasses of `s` from `base`, which is below s.size(). The bytes
// after the last whole block are read from the block that ends with the
// text (its bits of earlier bytes shifted out), so no byte is copied
// unless the whole text is shorter than a block.
ByteClasses byte_classes(std::string_view s, std::size_t base) {
  using bytes::Block;
  const std::size_t n = std::min<std::size_t>(64, s.size() - base);
  ByteClasses out;
  unsigned high = 0;
  auto add = [&](const Block& b, std::size_t at, unsigned drop) {
    out.letters |= std::uint64_t{b.with_bits(0x20).in('a', 'z').mask() >> drop} << at;
    out.digits |= std::uint64_t{b.in('0', '9').mask() >> drop} << at;
    high |= b.mask() >> drop;
  };
  std::size_t k = 0;
  for (; k + Block::size <= n; k += Block::size) add(Block::load(s.data() + base + k), k, 0);
  if (k < n) {
    const auto rest = static_cast<unsigned>(n - k);
    if (s.size() >= Block::size) {
      add(Block::load(s.data() + s.size() - Block::size), k, Block::size - rest);
    } else {
      // Padded with bytes 0: neither letters, digits nor past ASCII.
      char padded[Block::size] = {};
      std::memcpy(padded, s.data() + base + k, rest);
      add(Block::load(padded), k, 0);
    }
  }
  out.non_ascii = high != 0;
  return out;
}

// Calls `found(begin, end)` for each maximal run of set bits of `mask`, the
// bits of the 64 bytes from `base` (as in ByteClasses), until it returns
// true; returns whether it did. A run that reaches the end of the 64
// bytes is left open: `open` holds its begin (else k_no_run), and the next
// block, or the caller at the end of the text, finishes it. Runs are
// paired from the bits where they start and the bits right after them,
// a few bit operations per run.
template <typename Found>
bool each_run(std::uint64_t mask, std::size_t base, std::size_t& open, Found&& found) {
  const std::uint64_t before = mask << 1 | (open != k_no_run ? 1 : 0);
  std::uint64_t starts = mask & ~before;
  std::uint64_t ends = ~mask & before;
  if (open != k_no_run) {
    if (ends == 0) return false;
    if (found(open, base + static_cast<std::size_t>(std::countr_zero(ends)))) return true;
    open = k_no_run;
    ends &= ends - 1;
  }
  while (starts != 0) {
    const std::size_t begin = base + static_cast<std::size_t>(std::countr_zero(starts));
    starts &= starts - 1;
    if (ends == 0) {
      open = begin;
      return false;
    }
    if (found(begin, base + static_cast<std::size_t>(std::countr_zero(ends)))) return true;
    ends &= ends - 1;
  }
  return false;
}

}  // namespace

namespace detail {

bool may_hold_date(std::string_view s, const DateLanguage& w) {
  AnchorReader reader(w);
  // In ASCII text the words the tokenizer reads are the maximal runs of
  // letters and its figures the maximal runs of digits, read here from
  // masks of 64 bytes at a time. Most sentences of a news story are
  // ASCII and hold no anchor, so each of their words costs a few bit
  // operations and a screen (issue 9).
  auto word = [&](std::size_t i, std::size_t j) { return reader.ascii_word(s, i, j); };
  auto figure = [&](std::size_t i, std::size_t j) { return AnchorReader::figure(s, i, j); };
  std::size_t open_word = k_no_run;
  std::size_t open_figure = k_no_run;
  for (std::size_t base = 0; base < s.size(); base += 64) {
    const ByteClasses classes = byte_classes(s, base);
    if (classes.non_ascii) {
      // Decoded from the start of the block, or of the run still open
      // there (a letter or digit ends neither): both start a token.
      const std::size_t from = std::min({base, open_word, open_figure});
      return read_decoding(s, from, reader);
    }
    if (each_run(classes.digits, base, open_figure, figure) || each_run(classes.letters, base, open_word, word)) {
      return true;
    }
  }
  return (open_word != k_no_run && word(open_word, s.size())) ||
         (open_figure != k_no_run && figure(open_figure, s.size()));
}

bool decoding_may_hold_date(std::string_view s, const DateLanguage& w) {
  AnchorReader reader(w);
  return read_decoding(s, 0, reader);
}

}  // namespace detail

namespace {

// extract_dates in `buffers`, appending to `out`.
void scan_dates(std::string_view sentence, const DateLanguage& words, std::optional<CivilDate> publication,
                ScanBuffers& buffers, std::vector<DateMention>& out) {
  if (!detail::may_hold_date(sentence, words)) return;
  Scanner(sentence, words, publication, buffers).run(out);
}

}  // namespace

std::vector<DateMention> extract_dates(std::string_view sentence, const DateLanguage& words,
                                       std::optional<CivilDate> publication) {
  ScanBuffers buffers(publication);
  std::vector<DateMention> out;
  scan_dates(sentence, words, publication, buffers, out);
  return out;
}

std::optional<CivilDate> publication_date(const Document& doc) {
  if (!doc.meta.date) return std::nullopt;
  return parse_iso_date(*doc.meta.date);
}

namespace {

bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

// "La fecha 13 arrancará el viernes 17 de abril ... el clásico, el sábado 19
// a las 17", "starts on Friday, April 17 ... on Saturday the 19th": a
// weekday read as a date of its own, then a bare day of the month. The
// month is that of the last date written with a day before it in the
// paragraph (the next month when the day falls more than a week before
// that date); the mention becomes that day, its weekday to check.
void resolve_weekday_days(const Document& doc, const DateLanguage& words, std::vector<DateMention>& out) {
  const DateMention* anchor = nullptr;
  std::size_t anchor_paragraph = 0;
  for (DateMention& m : out) {
    const std::size_t paragraph = doc.sentences[m.sentence].paragraph;
    if (anchor && anchor_paragraph != paragraph) anchor = nullptr;
    if (m.precision != DatePrecision::day || !m.interval || m.bound != DateBound::exact) continue;
    const bool has_digit = std::any_of(m.text.begin(), m.text.end(), ascii_digit);
    if (has_digit) {
      anchor = &m;
      anchor_paragraph = paragraph;
      continue;
    }
    if (!anchor || m.weekday) continue;
    // The mention ends with a weekday: "el sábado", "on Saturday".
    const std::size_t space = m.text.rfind(' ');
    const std::string_view last = std::string_view(m.text).substr(space == std::string::npos ? 0 : space + 1);
    const auto weekday = words.weekdays.find(fold_date_word(last));
    if (weekday == words.weekdays.end()) continue;
    // Then the day: "19", "the 19th" (an article and an ordinal suffix
    // of the lexicon), set off by a space, and no figure or time after it
    // ("19.5", "19:30", "19%").
    const std::string_view sentence = doc.view(doc.sentences[m.sentence].range);
    const auto word_at = [&](std::size_t at) {
      std::size_t e = at;
      while (e < sentence.size() && sentence[e] != ' ' && sentence[e] != ',' && sentence[e] != '.') ++e;
      return sentence.substr(at, e - at);
    };
    std::size_t k = m.range.end;
    if (k >= sentence.size() || sentence[k] != ' ') continue;
    ++k;
    const std::string_view article = word_at(k);
    const bool the_day = k + article.size() < sentence.size() && sentence[k + article.size()] == ' ' &&
                         words.articles.contains(fold_date_word(article));
    if (the_day) k += article.size() + 1;
    const std::size_t day_begin = k;
    while (k < sentence.size() && k < day_begin + 2 && ascii_digit(sentence[k])) ++k;
    if (k == day_begin) continue;
    std::size_t day_end = k;
    std::size_t letters = k;
    while (letters < sentence.size() && letters < k + 4 && sentence[letters] >= 'a' && sentence[letters] <= 'z') {
      ++letters;
    }
    if (letters > k && words.ordinal_suffixes.contains(sentence.substr(k, letters - k))) day_end = letters;
    if (day_end < sentence.size()) {
      const char c = sentence[day_end];
      const bool letter_or_mark = ascii_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                  c == '%' || c == '/' || c == '-';
      const bool decimal = (c == '.' || c == ':' || c == ',') && day_end + 1 < sentence.size() &&
                           ascii_digit(sentence[day_end + 1]);
      if (letter_or_mark || decimal) continue;
      // A bare number and a word may be a count ("on Saturday 19 people
      // died"): only a word of bare_day_links follows the day, unless it
      // is written as one ("the 19th").
      const bool written_as_day = day_end > k || the_day;
      if (c == ' ' && !written_as_day && !words.bare_day_links.contains(fold_date_word(word_at(day_end + 1)))) {
        continue;
      }
    }
    int day = 0;
    for (std::size_t i = day_begin; i < k; ++i) day = day * 10 + (sentence[i] - '0');
    const CivilDate from = civil_from_days(anchor->interval->first);
    CivilDate date{from.year, from.month, day};
    if (day < 1 || civil_from_days(days_from_civil(date)) != date) continue;
    if (days_from_civil(date) < anchor->interval->first - 7) {
      date = from.month == 12 ? CivilDate{from.year + 1, 1, day} : CivilDate{from.year, from.month + 1, day};
      if (civil_from_days(days_from_civil(date)) != date) continue;
    }
    const long d = days_from_civil(date);
    const std::size_t weekday_begin = m.range.begin + (space == std::string::npos ? 0 : space + 1);
    m.weekday = weekday->second;
    m.weekday_range = {weekday_begin, weekday_begin + last.size()};
    m.date_range = {day_begin, day_end};
    m.range.end = day_end;
    m.text = std::string(sentence.substr(m.range.begin, m.range.size()));
    m.value = format_iso_day(date);
    m.interval = DayInterval{d, d};
    m.relative = m.text;
    m.year_written = anchor->year_written;
    anchor = &m;
  }
}

}  // namespace

std::vector<DateMention> extract_document_dates(const Document& doc, const DateLexicon& lexicon) {
  std::vector<DateMention> out;
  const DateLanguage* words = lexicon.language(doc.meta.lang);
  if (!words) return out;
  const std::optional<CivilDate> pub = publication_date(doc);
  ScanBuffers buffers(pub);
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const std::size_t first = out.size();
    scan_dates(doc.view(doc.sentences[s].range), *words, pub, buffers, out);
    for (std::size_t k = first; k < out.size(); ++k) out[k].sentence = s;
  }
  resolve_weekday_days(doc, *words, out);
  return out;
}

std::vector<DateMention> extract_dates(std::string_view sentence, const DateLexicon& lexicon, std::string_view lang,
                                       std::optional<CivilDate> publication) {
  const DateLanguage* words = lexicon.language(lang);
  if (!words) return {};
  return extract_dates(sentence, *words, publication);
}

}  // namespace claimlint
