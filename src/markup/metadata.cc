// Document metadata (date, title, language) read from markup and text.
#include "markup/metadata.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <tuple>

#include <fmt/format.h>

namespace claimlint {
namespace {

struct MonthName {
  std::string_view name;
  int month;
};

// English and Spanish month names and their usual abbreviations.
constexpr std::array k_months = {
    MonthName{"january", 1},   MonthName{"february", 2}, MonthName{"march", 3},
    MonthName{"april", 4},     MonthName{"may", 5},      MonthName{"june", 6},
    MonthName{"july", 7},      MonthName{"august", 8},   MonthName{"september", 9},
    MonthName{"october", 10},  MonthName{"november", 11}, MonthName{"december", 12},
    MonthName{"jan", 1},       MonthName{"feb", 2},      MonthName{"mar", 3},
    MonthName{"apr", 4},       MonthName{"jun", 6},      MonthName{"jul", 7},
    MonthName{"aug", 8},       MonthName{"sep", 9},      MonthName{"sept", 9},
    MonthName{"oct", 10},      MonthName{"nov", 11},     MonthName{"dec", 12},
    MonthName{"enero", 1},     MonthName{"febrero", 2},  MonthName{"marzo", 3},
    MonthName{"abril", 4},     MonthName{"mayo", 5},     MonthName{"junio", 6},
    MonthName{"julio", 7},     MonthName{"agosto", 8},   MonthName{"septiembre", 9},
    MonthName{"setiembre", 9}, MonthName{"octubre", 10}, MonthName{"noviembre", 11},
    MonthName{"diciembre", 12}, MonthName{"ene", 1},     MonthName{"abr", 4},
    MonthName{"ago", 8},       MonthName{"dic", 12},
};

constexpr std::array<std::string_view, 14> k_weekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lunes",  "martes",  "miércoles", "jueves",   "viernes", "sábado",  "domingo"};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A left-to-right reader over the start of a date.
class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}

  void skip_spaces() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
  }
  bool eat(char c) {
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  // Digits, at most `max` of them; nullopt (nothing consumed) if fewer than
  // `min` or more follow.
  std::optional<int> number(std::size_t min, std::size_t max) {
    std::size_t end = pos_;
    while (end < text_.size() && std::isdigit(static_cast<unsigned char>(text_[end]))) ++end;
    const std::size_t len = end - pos_;
    if (len < min || len > max) return std::nullopt;
    int value = 0;
    for (std::size_t i = pos_; i < end; ++i) value = value * 10 + (text_[i] - '0');
    pos_ = end;
    return value;
  }
  // A word of letters (non-ASCII bytes count as letters), lower-cased.
  std::string word() {
    std::size_t end = pos_;
    while (end < text_.size() &&
           (std::isalpha(static_cast<unsigned char>(text_[end])) || static_cast<unsigned char>(text_[end]) >= 0x80)) {
      ++end;
    }
    std::string w = lower(text_.substr(pos_, end - pos_));
    pos_ = end;
    return w;
  }
  std::size_t position() const { return pos_; }
  void reset(std::size_t pos) { pos_ = pos; }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

std::optional<int> month_number(std::string_view w) {
  for (const MonthName& m : k_months) {
    if (m.name == w) return m.month;
  }
  return std::nullopt;
}

std::optional<std::string> make_date(int year, int month, int day) {
  static constexpr int k_days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > k_days[month - 1]) return std::nullopt;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29 && !leap) return std::nullopt;
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

// "January 28, 2026", "Jan. 28 2026".
std::optional<std::string> month_day_year(Cursor& c, int month) {
  c.eat('.');
  c.skip_spaces();
  const std::optional<int> day = c.number(1, 2);
  if (!day) return std::nullopt;
  c.eat(',');
  c.skip_spaces();
  const std::optional<int> year = c.number(4, 4);
  if (!year) return std::nullopt;
  return make_date(*year, month, *day);
}

// "28 January 2026", "28 de enero de 2026", "28 Jan. 2026".
std::optional<std::string> day_month_year(Cursor& c, int day) {
  c.eat('.');
  c.skip_spaces();
  std::string w = c.word();
  if (w == "de") {
    c.skip_spaces();
    w = c.word();
  }
  const std::optional<int> month = month_number(w);
  if (!month) return std::nullopt;
  c.eat('.');
  c.eat(',');
  c.skip_spaces();
  const std::size_t at = c.position();
  if (c.word() != "de") c.reset(at);
  c.skip_spaces();
  const std::optional<int> year = c.number(4, 4);
  if (!year) return std::nullopt;
  return make_date(*year, *month, day);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// A YAML scalar without its quotes.
std::string_view unquote(std::string_view v) {
  v = trim(v);
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
    v = v.substr(1, v.size() - 2);
  }
  return v;
}

}  // namespace

std::optional<std::string> parse_date(std::string_view text) {
  Cursor c(text);
  c.skip_spaces();
  const std::size_t start = c.position();
  // ISO 8601 (the time of day that may follow is ignored), or 2026/01/28.
  if (const std::optional<int> year = c.number(4, 4)) {
    const char sep = c.eat('-') ? '-' : c.eat('/') ? '/' : c.eat('.') ? '.' : '\0';
    if (sep == '\0') return std::nullopt;
    const std::optional<int> month = c.number(1, 2);
    if (!month || !c.eat(sep)) return std::nullopt;
    const std::optional<int> day = c.number(1, 2);
    if (!day) return std::nullopt;
    return make_date(*year, *month, *day);
  }
  if (const std::optional<int> day = c.number(1, 2)) {
    // "15/10/2026", "15.10.2026": day first, or month first ("10/15/2026"),
    // whichever the numbers allow; both at most 12 and different, it is
    // not known which ("07/05/2026"), and no date is read.
    const std::size_t after_day = c.position();
    for (const char sep : {'/', '.', '-'}) {
      c.reset(after_day);
      if (!c.eat(sep)) continue;
      const std::optional<int> second = c.number(1, 2);
      if (!second || !c.eat(sep)) break;
      const std::optional<int> year = c.number(4, 4);
      if (!year) break;
      if (*day == *second || *day > 12) return make_date(*year, *second, *day);
      if (*second > 12) return make_date(*year, *day, *second);
      return std::nullopt;
    }
    c.reset(after_day);
    return day_month_year(c, *day);
  }
  c.reset(start);
  std::string w = c.word();
  for (std::string_view weekday : k_weekdays) {
    if (w == weekday || (w.size() == 3 && weekday.starts_with(w))) {
      c.eat('.');
      c.eat(',');
      c.skip_spaces();
      if (const std::optional<int> day = c.number(1, 2)) return day_month_year(c, *day);
      w = c.word();
      break;
    }
  }
  if (const std::optional<int> month = month_number(w)) return month_day_year(c, *month);
  return std::nullopt;
}

std::optional<std::string> language_subtag(std::string_view tag) {
  tag = trim(tag);
  const std::size_t end = std::min(tag.find_first_of("-_"), tag.size());
  const std::string_view primary = tag.substr(0, end);
  if (primary.size() < 2 || primary.size() > 3) return std::nullopt;
  for (char ch : primary) {
    if (!std::isalpha(static_cast<unsigned char>(ch))) return std::nullopt;
  }
  return lower(primary);
}

namespace {

// `text` read as a date whose last word is its year, written out ("3
// March 2026", "Thursday 22 October 2026"); nullopt otherwise.
std::optional<std::string> date_ending_in_year(std::string_view text) {
  if (text.size() < 8 || !std::isdigit(static_cast<unsigned char>(text.back()))) return std::nullopt;
  const std::size_t year_at = text.find_last_not_of("0123456789") + 1;
  if (text.size() - year_at != 4) return std::nullopt;
  std::optional<std::string> d = parse_date(text);
  if (!d || d->size() < 4 || d->substr(0, 4) != text.substr(year_at)) return std::nullopt;
  return d;
}

// The date of a wire dateline opening the story: "KELBRIDGE, England,
// January 12, 2026 (Wire) - Two people ...": a place of capitalised words
// without digits, a comma, the date with its year, an optional agency in
// brackets, then a dash or the end of the line. nullopt for any other
// line.
std::optional<std::string> dateline_date(std::string_view line) {
  constexpr std::size_t k_max_head = 100;
  // An agency in brackets closing the line: "Valdemora, martes 10 de marzo
  // de 2026 (EFE).", "Kisumu, 3 March 2026 (Reuters)".
  {
    std::string_view l = line;
    if (l.ends_with('.')) l.remove_suffix(1);
    const std::size_t open = l.rfind('(');
    if (l.ends_with(')') && open != std::string_view::npos && l.size() - open <= 24 && open > 0) {
      const std::string_view before = trim(l.substr(0, open));
      if (!before.empty() && std::isdigit(static_cast<unsigned char>(before.back()))) line = before;
    }
  }
  std::size_t dash = std::string_view::npos;
  for (const std::string_view d : {std::string_view(" - "), std::string_view(" \u2014"), std::string_view(" \u2013"),
                                   std::string_view(" -- ")}) {
    dash = std::min(dash, line.find(d));
  }
  // A dash closing the line, the story going on in the next paragraph:
  // "PORT CALDER, March 12, 2026 (Energy Wire) --".
  for (const std::string_view d : {std::string_view(" --"), std::string_view(" -")}) {
    if (line.ends_with(d)) dash = std::min(dash, line.size() - d.size());
  }
  // The ".-" after the year or the agency: "Ciudad de México, 9 de abril
  // de 2026.-", "Valledupar, 16 de septiembre de 2026 (Colprensa).-".
  if (const std::size_t m = line.find(".-"); m != std::string_view::npos && m > 0 &&
                                              (std::isdigit(static_cast<unsigned char>(line[m - 1])) ||
                                               line[m - 1] == ')')) {
    dash = std::min(dash, m);
  }
  // The emphasis closing a dateline that opens the first paragraph:
  // "**Las Palmas de Gran Canaria, martes 10 de febrero de 2026.**
  // Canarias recibió ..." (its opening marks are gone already).
  if (const std::size_t em = line.find_first_of("*_"); em != std::string_view::npos && em < dash && em >= 2) {
    std::size_t before = em;
    if (line[before - 1] == '.') --before;
    if (std::isdigit(static_cast<unsigned char>(line[before - 1]))) dash = before;
  }
  // A line of the place and the date alone, no dash: "Buenos Aires,
  // miércoles 15 de abril de 2026", with a full stop after the year or not
  // ("Santa Catarina de los Altos, lunes 16 de marzo de 2026.").
  if (dash == std::string_view::npos && line.size() >= 2 && line.back() == '.' &&
      std::isdigit(static_cast<unsigned char>(line[line.size() - 2]))) {
    line.remove_suffix(1);
  }
  if (dash == std::string_view::npos && line.size() <= k_max_head && !line.empty() &&
      std::isdigit(static_cast<unsigned char>(line.back()))) {
    dash = line.size();
  }
  if (dash == std::string_view::npos || dash > k_max_head || line.empty() ||
      !std::isupper(static_cast<unsigned char>(line[0]))) {
    return std::nullopt;
  }
  std::string_view head = trim(line.substr(0, dash));
  // "*KESSLER FALLS, Pennsylvania, April 23, 2026* — ...": the emphasis
  // closing the dateline before the dash.
  while (!head.empty() && (head.back() == '*' || head.back() == '_')) head.remove_suffix(1);
  head = trim(head);
  // The date itself may be in the brackets: "DAYTON, Ohio (Sept. 14,
  // 2026) — ...".
  std::optional<std::string> bracketed;
  if (!head.empty() && head.back() == ')') {
    const std::size_t open = head.rfind('(');
    if (open == std::string_view::npos) return std::nullopt;
    bracketed = date_ending_in_year(trim(head.substr(open + 1, head.size() - open - 2)));
    head = trim(head.substr(0, open));
  }
  const std::size_t first_comma = head.find(',');
  if (first_comma == std::string_view::npos || first_comma == 0) return std::nullopt;
  for (const char c : head.substr(0, first_comma)) {
    if (std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
  }
  if (bracketed) return bracketed;
  // The date is what follows one of the commas, to the end of the head.
  for (std::size_t comma = first_comma; comma != std::string_view::npos; comma = head.find(',', comma + 1)) {
    if (std::optional<std::string> d = date_ending_in_year(trim(head.substr(comma + 1)))) return d;
  }
  return std::nullopt;
}

// The date of a by-line or a date line without a colon: "Publicado el 21
// de mayo de 2026", "*Published 14 May 2026*", "Published on May 14,
// 2026", "By Dana Holt | May 3, 2026", or a date alone on its line. The
// whole rest of the line must be the date. nullopt for any other line.
// `line` past a time of day opening it ("5:00am ", "14:32, ", "9.15 pm
// BST "), or `line` as it is.
std::string_view after_clock_time(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && i < 2 && line[i] >= '0' && line[i] <= '9') ++i;
  if (i == 0 || i + 3 > line.size() || (line[i] != ':' && line[i] != '.') || line[i + 1] < '0' || line[i + 1] > '5' ||
      line[i + 2] < '0' || line[i + 2] > '9') {
    return line;
  }
  i += 3;
  std::string_view rest = line.substr(i);
  // "am", "pm", "a.m.", "p.m.", then a zone of capitals ("BST", "NZST").
  for (const std::string_view mark : {"a.m.", "p.m.", "am", "pm", "AM", "PM"}) {
    const std::string_view spaced = trim(rest);
    if (spaced.starts_with(mark)) {
      rest = spaced.substr(mark.size());
      break;
    }
  }
  rest = trim(rest);
  std::size_t zone = 0;
  while (zone < rest.size() && zone < 5 && rest[zone] >= 'A' && rest[zone] <= 'Z') ++zone;
  if (zone >= 2 && (zone == rest.size() || rest[zone] == ' ' || rest[zone] == ',')) rest = rest.substr(zone);
  rest = trim(rest);
  if (!rest.empty() && (rest.front() == ',' || rest.front() == '|' || rest.front() == '-')) rest = trim(rest.substr(1));
  return rest.size() < line.size() ? rest : line;
}

std::optional<std::string> keyless_date(std::string_view original) {
  // Emphasis inside the line ("**Published** 11:32, Monday, 9 February
  // 2026"): its marks are no words.
  std::string unmarked;
  if (original.find("**") != std::string_view::npos || original.find("__") != std::string_view::npos) {
    unmarked.reserve(original.size());
    for (std::size_t i = 0; i < original.size(); ++i) {
      if (i + 1 < original.size() && (original[i] == '*' || original[i] == '_') && original[i + 1] == original[i]) {
        ++i;
        continue;
      }
      unmarked.push_back(original[i]);
    }
  }
  std::string_view line = unmarked.empty() ? original : std::string_view(unmarked);
  // Emphasis around the line ("*Published 14 May 2026*").
  while (!line.empty() && (line.front() == '*' || line.front() == '_')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == '*' || line.back() == '_')) line.remove_suffix(1);
  line = trim(line);
  if (line.size() < 8 || line.size() > 120) return std::nullopt;
  const std::string lowered = lower(line);
  // "By <name> | <date>": the date after the last bar.
  if (lowered.starts_with("by ")) {
    const std::size_t bar = line.rfind('|');
    if (bar == std::string_view::npos) return std::nullopt;
    return parse_date(trim(line.substr(bar + 1)));
  }
  for (const std::string_view key : {std::string_view("published on "), std::string_view("published "),
                                     std::string_view("publicado el "), std::string_view("publicado ")}) {
    if (!lowered.starts_with(key)) continue;
    // "Published 7:00 a.m. ET Nov. 2, 2026": a time of day first.
    const std::string_view rest = trim(line.substr(key.size()));
    if (std::optional<std::string> d = parse_date(rest)) return d;
    const std::string_view after = after_clock_time(rest);
    if (after.size() < rest.size() && after.size() <= 40) return date_ending_in_year(after);
    return std::nullopt;
  }
  // "Updated 14:32, 3 April 2026", "5:00am Tuesday 19 May 2026": an
  // update mark and a time of day before the date.
  if (lowered.starts_with("updated ") || lowered.starts_with("actualizado ")) {
    line = trim(line.substr(line.find(' ') + 1));
  }
  line = after_clock_time(line);
  // A line that is a date alone, its year written out: "Thursday 22
  // October 2026", "Oct. 22, 2026", "martes, 3 de febrero de 2026".
  if (line.size() <= 40) return date_ending_in_year(line);
  return std::nullopt;
}

}  // namespace

namespace {

// The date of a "Key: date" line whose key names the publication date:
// "Published: 3 March 2026", "Fecha: 21/05/2026". nullopt otherwise.
std::optional<std::string> keyed_date(std::string_view line) {
  // ("Updated: 11:02 PM CDT Apr 7, 2026": the last update, on the page
  // that shows no other date.)
  static constexpr std::string_view k_keys[] = {"published", "date", "publicado", "fecha", "published on",
                                                "publication date", "updated", "last updated", "actualizado"};
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon > 20) return std::nullopt;
  const std::string key = lower(trim(line.substr(0, colon)));
  for (std::string_view k : k_keys) {
    if (key != k) continue;
    const std::string_view rest = trim(line.substr(colon + 1));
    if (std::optional<std::string> d = parse_date(rest)) return d;
    // "Published: 7:00 a.m. ET Nov. 2, 2026".
    const std::string_view after = after_clock_time(rest);
    if (after.size() < rest.size() && after.size() <= 40) return date_ending_in_year(after);
    return std::nullopt;
  }
  return std::nullopt;
}

// The date of a line that joins the masthead or by-line and the date with
// a dash or a bar: "Eastmoor Evening Post \u2014 Published: Tuesday 10 March
// 2026", "By Ana Ruiz | Publicado: 3 de marzo de 2026", or a dateline and
// a section: "Lima, 3 de marzo de 2026 | Econom\u00eda". Each part is read
// as a line of its own; nullopt if none is a date.
std::optional<std::string> joined_date(std::string_view line) {
  constexpr std::size_t k_max_line = 160;
  if (line.size() > k_max_line) return std::nullopt;
  // The first join at or after `from`: where it is and how wide (npos if
  // none).
  const auto next_join = [line](std::size_t from) {
    static constexpr std::string_view k_joins[] = {" \u2014 ", " \u2013 ", " | ", " \u00b7 ", " - ", " -- "};
    std::pair<std::size_t, std::size_t> first{std::string_view::npos, 0};
    for (const std::string_view j : k_joins) {
      if (const std::size_t found = line.find(j, from); found < first.first) first = {found, j.size()};
    }
    return first;
  };
  // The part before the first join may be a dateline of its own, the
  // section after it: "Montevideo, lunes 2 de marzo de 2026 \u00b7 Econom\u00eda".
  if (const auto [first, first_width] = next_join(0); first != std::string_view::npos) {
    const std::string_view head = trim(line.substr(0, first));
    if (std::optional<std::string> d = dateline_date(head)) return d;
    if (std::optional<std::string> d = keyless_date(head)) return d;
  }
  for (auto [at, width] = next_join(0); at != std::string_view::npos;) {
    const std::size_t begin = at + width;
    std::tie(at, width) = next_join(begin);
    const std::string_view part = trim(line.substr(begin, at == std::string_view::npos ? at : at - begin));
    if (std::optional<std::string> d = keyed_date(part)) return d;
    if (std::optional<std::string> d = keyless_date(part)) return d;
  }
  // "Valdecastro, martes 10 de marzo de 2026. Redacción de Sanidad": a
  // dateline closed by a full stop after its year, a by-line or a desk
  // after it (no figure there).
  for (std::size_t stop = line.find(". "); stop != std::string_view::npos; stop = line.find(". ", stop + 1)) {
    if (stop == 0 || !std::isdigit(static_cast<unsigned char>(line[stop - 1]))) continue;
    const std::string_view rest = line.substr(stop + 2);
    if (std::any_of(rest.begin(), rest.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
      break;
    }
    const std::string_view head = trim(line.substr(0, stop));
    if (std::optional<std::string> d = dateline_date(head)) return d;
    if (std::optional<std::string> d = keyless_date(head)) return d;
    break;
  }
  // A by-line and the date line run together, as Markdown joins the lines
  // of a paragraph: "By Priya Nandakumar, Reporter Published: Friday 27
  // February 2026". The key, after a space, opens the date's part.
  const std::string lowered = lower(line);
  for (const std::string_view key : {" published:", " publicado:", " published on:", " publicado el:"}) {
    if (const std::size_t at = lowered.find(key); at != std::string::npos) {
      if (std::optional<std::string> d = keyed_date(trim(line.substr(at + 1)))) return d;
    }
  }
  return std::nullopt;
}

}  // namespace

void read_plain_metadata(std::string_view text, MarkupMetadata& meta) {
  std::size_t pos = 0;
  for (std::size_t line = 0; line < k_metadata_lines && pos < text.size(); ++line) {
    const std::size_t end = std::min(text.find('\n', pos), text.size());
    std::string_view l = trim(text.substr(pos, end - pos));
    pos = end + 1;
    // Markdown emphasis around the line: "*Published: Friday 27 February
    // 2026*", "_By Ana Ruiz | 3 March 2026_".
    while (!l.empty() && (l.front() == '*' || l.front() == '_')) l.remove_prefix(1);
    while (!l.empty() && (l.back() == '*' || l.back() == '_')) l.remove_suffix(1);
    l = trim(l);
    for (auto read : {dateline_date, keyless_date, keyed_date, joined_date}) {
      if (std::optional<std::string> d = read(l)) {
        meta.date = std::move(d);
        return;
      }
    }
  }
}

std::size_t read_front_matter(std::string_view text, MarkupMetadata& meta) {
  const auto line_end = [&](std::size_t from) { return std::min(text.find('\n', from), text.size()); };
  std::size_t end = line_end(0);
  if (trim(text.substr(0, end)) != "---") return 0;
  MarkupMetadata found;
  std::size_t pos = end + 1;
  while (pos < text.size()) {
    end = line_end(pos);
    const std::string_view line = trim(text.substr(pos, end - pos));
    const std::size_t next = std::min(end + 1, text.size());
    if (line == "---" || line == "...") {
      if (found.date) meta.date = found.date;
      if (found.title) meta.title = found.title;
      if (found.lang) meta.lang = found.lang;
      return next;
    }
    const std::size_t colon = line.find(':');
    if (colon != std::string_view::npos && text[pos] != ' ' && text[pos] != '\t') {  // top-level keys only
      const std::string key = lower(trim(line.substr(0, colon)));
      const std::string_view value = unquote(line.substr(colon + 1));
      if ((key == "date" || key == "published" || key == "pubdate") && !found.date) {
        found.date = parse_date(value);
      } else if (key == "title" && !value.empty()) {
        found.title = std::string(value);
      } else if (key == "lang" || key == "language" || key == "locale") {
        found.lang = language_subtag(value);
      }
    }
    pos = next;
  }
  return 0;  // no closing line: not front matter
}

namespace {

// A word of at most four ASCII letters packed into one integer, a letter a
// byte: the function words of guess_language() compare as integers.
constexpr std::uint32_t pack_word(std::string_view w) {
  std::uint32_t key = 0;
  for (const char c : w) key = (key << 8) | static_cast<unsigned char>(c);
  return key;
}

}  // namespace

std::optional<std::string> guess_language(std::string_view text) {
  static constexpr std::uint32_t k_spanish[] = {
      pack_word("de"),  pack_word("la"),  pack_word("el"),  pack_word("los"), pack_word("las"),  pack_word("que"),
      pack_word("y"),   pack_word("del"), pack_word("por"), pack_word("con"), pack_word("una"),  pack_word("para"),
      pack_word("se"),  pack_word("su"),  pack_word("al"),  pack_word("sus"), pack_word("como"), pack_word("pero")};
  static constexpr std::uint32_t k_english[] = {
      pack_word("the"), pack_word("of"), pack_word("and"), pack_word("to"),   pack_word("is"),  pack_word("that"),
      pack_word("for"), pack_word("with"), pack_word("was"), pack_word("on"), pack_word("by"),  pack_word("it"),
      pack_word("as"),  pack_word("from"), pack_word("said"), pack_word("its")};
  constexpr std::size_t k_sample = 8192;
  constexpr int k_min_words = 20;
  // Sixty function words, a paragraph or two, settle the question; the
  // rest of the sample is not read.
  constexpr int k_enough_words = 60;
  text = text.substr(0, std::min(text.size(), k_sample));
  int spanish = 0;
  int english = 0;
  // Every listed word has at most four letters: a longer word is skipped,
  // a shorter one is packed as it is read and compared as an integer.
  constexpr std::size_t k_longest = 4;
  std::uint32_t key = 0;
  std::size_t length = 0;
  const auto count = [&] {
    if (length > 0 && length <= k_longest) {
      for (const std::uint32_t w : k_spanish) spanish += w == key ? 1 : 0;
      for (const std::uint32_t w : k_english) english += w == key ? 1 : 0;
    }
    key = 0;
    length = 0;
  };
  // Spanish needs more than three times as many of its words as of
  // English ones among at most sixty: once a quarter of the sixty are
  // English, nothing after can make the text Spanish.
  constexpr int k_english_settles = k_enough_words / 4;
  for (const char ch : text) {
    if (spanish + english >= k_enough_words || english >= k_english_settles) break;
    const unsigned char c = static_cast<unsigned char>(ch);
    const bool upper = c >= 'A' && c <= 'Z';
    if (upper || (c >= 'a' && c <= 'z')) {
      if (length < k_longest) key = (key << 8) | static_cast<std::uint32_t>(upper ? c + ('a' - 'A') : c);
      if (length <= k_longest) ++length;
    } else {
      count();
    }
  }
  count();
  if (spanish >= k_min_words && spanish > 3 * english) return std::string("es");
  return std::nullopt;
}

}  // namespace claimlint
