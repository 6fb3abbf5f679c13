// The timeline check's second half: stages of one process dated in an
// impossible order.
#include "check/event_order.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include <fmt/format.h>

#include "extract/date_calendar.h"
#include "util/utf8.h"

namespace claimlint {
namespace {

// The prepositions besides "of" of a phrase after a stage's noun opening
// the words read, which a stage's phrase may pass over ("Work on the
// north end began").
constexpr std::string_view k_phrase_prepositions[] = {"on", "for", "at", "en", "para", "sobre"};

// The number of words before a date read for a stage's phrase.
constexpr std::size_t k_reach = 11;
// The most days a later stage is told before an earlier one and still
// compared: three years.
constexpr long k_max_gap = 1096;

// Orders the stage phrases by their last word, and a word among them.
struct ByLastWord {
  bool operator()(const DateLanguage::StagePhrase& a, std::string_view b) const { return a.last < b; }
  bool operator()(std::string_view a, const DateLanguage::StagePhrase& b) const { return a < b.last; }
};

// Words that deny a stage's phrase they stand inside: "the trial never
// opened".
constexpr std::string_view k_negations[] = {"not", "never", "no", "nunca", "jam\xC3\xA1s", "yet", "a\xC3\xBAn"};

// The words that may join a bare completion to the stage before it: "and
// was completed", "y terminaron", "and then finished".
bool is_join_word(std::string_view w) {
  return w == "and" || w == "y" || w == "e" || w == "then" || w == "luego";
}

struct Word {
  std::string_view lower;  ///< a view into the buffer words_before filled
  ByteRange range;         ///< in the sentence
};

// Whether byte `b` is of a word: a letter, a digit, an apostrophe or a
// hyphen inside it, or a byte of a character past ASCII.
bool word_byte(char b) {
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '\'' || b == '-' ||
         static_cast<unsigned char>(b) >= 0x80;
}


// The words of `sentence` before byte `end`, back to the clause's start
// (a mark other than an apostrophe or a hyphen inside a word ends it), at
// most k_reach + 3 of them, in text order, into `out`; their folded texts
// are written to `folded`, which they view (no allocation per word).
void words_before(std::string_view sentence, std::size_t end, std::vector<Word>& out, std::string& folded) {
  out.clear();
  folded.clear();
  // The words first, then their folded texts: with room for all of them,
  // `folded` never moves and the views stay valid.
  std::size_t bytes = 0;
  std::size_t i = end;
  bool skipped = false;  // a relative clause passed over
  // A comma or a full stop between two digits is inside a figure's word:
  // "terminó de excavar los 11,4 kilómetros de túnel en mayo".
  const auto digit_mark = [&](std::size_t at) {
    return (sentence[at] == ',' || sentence[at] == '.') && at > 0 && at + 1 < sentence.size() &&
           std::isdigit(static_cast<unsigned char>(sentence[at - 1])) &&
           std::isdigit(static_cast<unsigned char>(sentence[at + 1]));
  };
  const auto in_word = [&](std::size_t at) { return word_byte(sentence[at]) || digit_mark(at); };
  while (i > 0 && out.size() < k_reach + 3) {
    const char c = sentence[i - 1];
    if (c == ' ') {
      --i;
      continue;
    }
    // "The tender, which attracted six bids, closed on 21 November": the
    // relative clause between the subject and a verb of few words is
    // passed over, once.
    if (c == ',' && !skipped && out.size() <= 3) {
      const std::size_t open = sentence.rfind(',', i - 2);
      if (open != std::string_view::npos && open > 0) {
        std::size_t w = open + 1;
        while (w < i && sentence[w] == ' ') ++w;
        std::size_t e = w;
        while (e < i && word_byte(sentence[e])) ++e;
        const std::string_view first = sentence.substr(w, e - w);
        bool plain = true;  // no other mark inside
        for (std::size_t k = e; k + 1 < i && plain; ++k) plain = word_byte(sentence[k]) || sentence[k] == ' ';
        // ("bought the project from its original developer, Northern
        // Uplands Energy, in 2012": a name of two words or more set off by
        // commas too; one word may be a weekday, "began on Monday, Aug.
        // 10".)
        bool name = plain && e > w && utf8::capitalised(first);
        std::size_t words = 1;
        for (std::size_t k = w; k < i && name; ++k) {
          if (sentence[k] != ' ') continue;
          name = k + 1 < i && (utf8::capitalised(sentence.substr(k + 1)) || sentence[k + 1] == ' ');
          if (name && sentence[k + 1] != ' ') ++words;
        }
        name = name && words >= 2;
        if (plain && (name || first == "which" || first == "who" || first == "que" || first == "quien" ||
                      first == "that")) {
          skipped = true;
          i = open;
          continue;
        }
      }
    }
    if (!word_byte(c)) break;
    std::size_t b = i;
    while (b > 0 && in_word(b - 1)) --b;
    out.push_back({{}, {b, i}});
    bytes += i - b;
    i = b;
  }
  folded.reserve(bytes);  // folding never lengthens a word
  for (Word& w : out) {
    const std::size_t at = folded.size();
    folded.resize(at + w.range.size());
    folded.resize(at + fold_date_word_to(sentence.substr(w.range.begin, w.range.size()), folded.data() + at));
    w.lower = std::string_view(folded.data() + at, folded.size() - at);
  }
  std::reverse(out.begin(), out.end());
}

// A stage told of a date.
struct Told {
  const DateMention* mention = nullptr;
  ByteRange phrase;  ///< in the sentence
  long day = 0;   ///< the first day of the date
  long last = 0;  ///< and its last: a month or a year is many days
};

// The words of `text`, each as `visit(word, n)`, n its count from 0.
template <typename Visit>
void each_word(std::string_view text, Visit&& visit) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (!word_byte(text[i])) {
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < text.size() && word_byte(text[e])) ++e;
    visit(text.substr(i, e - i), n++);
    i = e;
  }
}


// The names sentence `s` tells: its runs of capitalised words (only
// spaces between) other than months and weekdays, each as its words. Its
// first word counts when the document writes it capitalised inside
// another sentence too ("Marsh pleaded guilty" after "Ellen Marsh"); else
// it is capitalised for opening the sentence.
std::vector<std::vector<std::string_view>> names_in(const Document& doc, std::size_t s, const DateLanguage& words) {
  std::vector<std::vector<std::string_view>> out;
  const auto is_name = [&](std::string_view w) {
    if (!utf8::capitalised(w)) return false;
    const std::string folded = fold_date_word(w);
    return !words.months.contains(folded) && !words.weekdays.contains(folded);
  };
  // Whether `w` stands capitalised past the first word of some sentence.
  const auto named_inside = [&](std::string_view w) {
    for (const Sentence& other : doc.sentences) {
      bool found = false;
      each_word(doc.view(other.range), [&](std::string_view v, std::size_t n) { found = found || (n > 0 && v == w); });
      if (found) return true;
    }
    return false;
  };
  const std::string_view text = doc.view(doc.sentences[s].range);
  const char* last_end = nullptr;  // the end of the run's last word
  each_word(text, [&](std::string_view w, std::size_t n) {
    if (!is_name(w) || (n == 0 && !named_inside(w))) {
      last_end = nullptr;
      return;
    }
    const bool joined = last_end != nullptr && std::all_of(last_end, w.data(), [](char c) { return c == ' '; });
    if (!joined) out.emplace_back();
    out.back().push_back(w);
    last_end = w.data() + w.size();
  });
  return out;
}

// Whether two sentences tell of different named things: each names
// something and no name of one is told in the other, whole or in part
// ("the Kingsford Road interchange ... contract was awarded in November
// 2025" and "The Banksia Creek bypass, which broke ground in May 2023";
// "The Water Act was tabled" and "The Roads Act received royal assent").
// A name is told in another when all its words are in one of the other's
// ("Marsh" in "Ellen Marsh"). Stages told so are of two processes.
bool named_apart(const Document& doc, std::size_t a, std::size_t b, const DateLanguage& words) {
  if (a == b) return false;
  const auto in_a = names_in(doc, a, words);
  const auto in_b = names_in(doc, b, words);
  if (in_a.empty() || in_b.empty()) return false;
  const auto within = [](const std::vector<std::string_view>& part, const std::vector<std::string_view>& whole) {
    return std::all_of(part.begin(), part.end(),
                       [&](std::string_view w) { return std::find(whole.begin(), whole.end(), w) != whole.end(); });
  };
  return std::none_of(in_a.begin(), in_a.end(), [&](const auto& x) {
    return std::any_of(in_b.begin(), in_b.end(), [&](const auto& y) { return within(x, y) || within(y, x); });
  });
}

}  // namespace

namespace {

// Whether date mention `m` is one the stage order compares: exact, of a
// day, a month or a year.
bool comparable(const DateMention& m) {
  return m.interval && m.bound == DateBound::exact &&
         (m.precision == DatePrecision::day || m.precision == DatePrecision::month ||
          m.precision == DatePrecision::year);
}

// "Contractors moved on site on Monday 2 March, after listed-building
// consent was granted on 11 March": a date, the rest of its clause, a
// comma, an after word and a
// clause with a date of its own that comes later (or, after a before
// word, earlier). The clause holds no other mark and at most k_reach + 4
// words.
void check_after_clauses(const Document& doc, const std::vector<DateMention>& dates, const DateLanguage& words,
                         DiagnosticSink& sink) {
  if (words.after_words.empty() && words.before_words.empty()) return;
  for (std::size_t i = 0; i + 1 < dates.size(); ++i) {
    const DateMention& a = dates[i];
    const DateMention& b = dates[i + 1];
    // Days only: "£1.9bn, up from £1.4bn in January, after a contract
    // signed last month" tells when the order book grew, not January.
    const auto day = [](const DateMention& m) {
      return m.interval && m.bound == DateBound::exact && m.precision == DatePrecision::day;
    };
    // (A month or a year too when a span is told between: "started in
    // September 2025, two months after the contract was awarded in
    // November 2025".)
    if (a.sentence != b.sentence || !comparable(a) || !comparable(b) || a.year_written != b.year_written) continue;
    const std::string_view sentence = doc.view(doc.sentences[a.sentence].range);
    // Nor a date of what a change is measured from ("up from ... on 2
    // March"): the words of its clause before it.
    const std::size_t clause_start = sentence.rfind(',', a.range.begin) == std::string_view::npos
                                         ? 0
                                         : sentence.rfind(',', a.range.begin) + 1;
    std::string clause(sentence.substr(clause_start, a.range.begin - clause_start));
    for (char& ch : clause) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    clause.insert(0, " ");
    bool baseline = false;
    for (const std::string_view cue : {" from ", " than ", " compared ", " against "}) {
      baseline = baseline || clause.find(cue) != std::string::npos;
    }
    if (baseline) continue;
    std::string_view between = sentence.substr(a.range.end, b.range.begin - a.range.end);
    // "fueron adjudicados el 17 de marzo a las constructoras Del Litoral SA
    // y Tecnoviv SRL, tras la apertura de sobres del 2 de abril": the rest
    // of the first clause (words only, at most k_reach) before the comma.
    std::size_t k = 0;
    std::size_t rest_words = 0;
    while (k < between.size() && between[k] != ',' && rest_words <= k_reach) {
      const unsigned char ch = static_cast<unsigned char>(between[k]);
      if (ch == ' ') {
        if (k > 0 && between[k - 1] != ' ') ++rest_words;
      } else if (!std::isalnum(ch) && ch != '-' && ch != '\'' && ch != '.' && ch < 0x80) {
        break;
      }
      ++k;
    }
    if (k >= between.size() || between[k] != ',' || rest_words > k_reach) continue;
    between.remove_prefix(k + 1);
    // The first word after the comma, and no other mark up to the date;
    // a span may come first ("two months after", "a week before", "18
    // months after").
    // The word from byte `at`, spaces before it passed over: [begin, end)
    // of its letters (and digits, with `digits`).
    const auto word_from = [&](std::size_t at, bool digits) {
      while (at < between.size() && between[at] == ' ') ++at;
      std::size_t end = at;
      while (end < between.size() && (std::isalpha(static_cast<unsigned char>(between[end])) ||
                                      (digits && std::isdigit(static_cast<unsigned char>(between[end]))))) {
        ++end;
      }
      return std::pair{at, end};
    };
    auto [w, e] = word_from(0, true);
    std::string first = fold_date_word(between.substr(w, e - w));
    bool spanned = false;
    if (!first.empty() && (words.numbers.contains(first) || std::isdigit(static_cast<unsigned char>(first[0])))) {
      const auto [uw, ue] = word_from(e, false);
      const std::string unit = fold_date_word(between.substr(uw, ue - uw));
      if (words.units.contains(unit) || words.plural_units.contains(unit)) {
        std::tie(w, e) = word_from(ue, false);
        first = fold_date_word(between.substr(w, e - w));
        spanned = true;
      }
    }
    if (!spanned && (!day(a) || !day(b))) continue;
    const bool after = words.after_words.count(first) > 0;
    const bool before = words.before_words.count(first) > 0;
    if (!after && !before) continue;
    std::size_t word_count = 0;
    bool marks = false;
    for (std::size_t c = e; c < between.size(); ++c) {
      const unsigned char ch = static_cast<unsigned char>(between[c]);
      if (ch == ' ') {
        ++word_count;
      } else if (!std::isalnum(ch) && ch != '-' && ch != '\'' && ch < 0x80) {
        marks = true;
      }
    }
    if (marks || word_count > k_reach + 4) continue;
    // Told after a date that comes later, or before one that came first.
    const bool wrong = after ? b.interval->first > a.interval->last : b.interval->last < a.interval->first;
    if (!wrong) continue;
    const ByteRange s = doc.sentences[a.sentence].range;
    Diagnostic d;
    d.check = "timeline";
    d.severity = Severity::warning;
    const auto on = [](const DateMention& m) { return m.precision == DatePrecision::day ? "on" : "in"; };
    d.message = fmt::format("what happened {} {} is told as {} what happened {} {}", on(a),
                            sentence.substr(a.date_range.begin, a.date_range.size()), after ? "after" : "before",
                            on(b), sentence.substr(b.date_range.begin, b.date_range.size()));
    d.range = doc.original({s.begin + a.range.begin, s.begin + a.range.end});
    d.notes.push_back({doc.original({s.begin + b.range.begin, s.begin + b.range.end}),
                       fmt::format("which comes {}", after ? "later" : "first"), {}});
    sink.report(std::move(d));
  }
}

// Reports stage `b`, dated before stage `a` that comes first, unless the
// two are likely of two things; returns whether it did. `one_subject`:
// the two are what one subject did, told in one sentence.
bool report_out_of_order(const Document& doc, const DateLanguage& words, const Told& a, const Told& b,
                         DiagnosticSink& sink, bool one_subject = false) {
  // Years apart, the two are likely of two things ("the museum, which
  // opened to the public on 14 May 1998" and the construction of its
  // new wing): only an order within k_max_gap days is told wrongly.
  // (Not what one subject did: "The museum, which was founded in 1990,
  // bought the painting in 1985".)
  if (!one_subject && a.day - b.last > k_max_gap) return false;
  // Years guessed differently for the two are no order told.
  if (a.mention->year_written != b.mention->year_written) return false;
  // Stages told in two sentences of two named things are of two
  // processes.
  if (named_apart(doc, a.mention->sentence, b.mention->sentence, words)) return false;
  const ByteRange sa = doc.sentences[a.mention->sentence].range;
  const ByteRange sb = doc.sentences[b.mention->sentence].range;
  const std::string_view ta = doc.view(sa);
  const std::string_view tb = doc.view(sb);
  Diagnostic d;
  d.check = "timeline";
  d.severity = Severity::warning;
  // Dates without their year read in two years show them: "May 18
  // (2025)", "May 4 (2026)".
  const bool years_apart = civil_from_days(a.day).year != civil_from_days(b.day).year;
  const auto dated = [&](std::string_view text, const Told& t) {
    std::string out(text.substr(t.mention->date_range.begin, t.mention->date_range.size()));
    if (!t.mention->year_written && years_apart) out += fmt::format(" ({})", civil_from_days(t.day).year);
    return out;
  };
  d.message = fmt::format("\"{}\" is dated {}, before \"{}\" {} {}, which comes first",
                          tb.substr(b.phrase.begin, b.phrase.size()), dated(tb, b),
                          ta.substr(a.phrase.begin, a.phrase.size()),
                          a.mention->precision == DatePrecision::day ? "on" : "in", dated(ta, a));
  d.range = doc.original({sb.begin + b.mention->range.begin, sb.begin + b.mention->range.end});
  d.notes.push_back({doc.original({sa.begin + a.mention->range.begin, sa.begin + a.mention->range.end}),
                     fmt::format("\"{}\" is dated here", ta.substr(a.phrase.begin, a.phrase.size())),
                     {}});
  sink.report(std::move(d));
  return true;
}

}  // namespace

void check_event_order(const Document& doc, const std::vector<DateMention>& dates, const DateLanguage& words,
                       DiagnosticSink& sink) {
  check_after_clauses(doc, dates, words, sink);
  if (words.event_order.empty()) return;
  // A date with none of the phrases' last words among the words before it
  // tells no stage, and most dates are such (issue 9).
  const std::vector<DateLanguage::StagePhrase>& phrases = words.event_order_phrases;
  // The mentions of each stage of each sequence, the words before each
  // date read once.
  std::vector<std::vector<std::vector<Told>>> told_of(words.event_order.size());
  for (std::size_t q = 0; q < words.event_order.size(); ++q) told_of[q].resize(words.event_order[q].size());
  std::vector<Word> before;
  std::vector<Word> plain;
  std::vector<std::size_t> before_ends;
  std::vector<std::size_t> plain_ends;
  std::vector<Word> of_dropped;
  std::vector<std::size_t> of_dropped_ends;
  std::vector<Word> one_dropped;
  std::vector<std::size_t> one_dropped_ends;
  // Bare completions (see DateLanguage::stage_completions), each dated.
  std::vector<Told> completions;
  // The stage of each sequence a date tells, as read so far.
  struct Best {
    int stage = -1;
    ByteRange range;
    bool settled = false;  ///< read by an earlier reading of the words
  };
  const std::size_t sequences = words.event_order.size();
  std::vector<Best> best(sequences);
  std::string folded;
  // Whether a word ends some stage's phrase.
  const auto ends_phrase = [&](const Word& w) {
    return std::binary_search(phrases.begin(), phrases.end(), w.lower, ByLastWord{});
  };
  for (const DateMention& m : dates) {
    // A day, a month or a year: "began in April 2025" comes after
    // "energised in November 2024" whatever the days.
    if (!comparable(m)) continue;
    const std::string_view sentence = doc.view(doc.sentences[m.sentence].range);
    words_before(sentence, m.range.begin, before, folded);
    // A bare completion among the last four words, nearest first: "and was
    // completed in September 2024".
    std::optional<ByteRange> completion;
    // (Most dates have none of the phrases' last words there: one lookup
    // a word.)
    const std::vector<std::string>& completion_words = words.stage_completion_last_words;
    for (std::size_t e = before.size(); e > 0 && e + 4 >= before.size() && !completion; --e) {
      if (!std::binary_search(completion_words.begin(), completion_words.end(), before[e - 1].lower,
                              [](std::string_view a, std::string_view b) { return a < b; })) {
        continue;
      }
      for (const std::vector<std::string>& phrase : words.stage_completions) {
        if (e < phrase.size() || before[e - 1].lower != phrase.back()) continue;
        bool match = true;
        for (std::size_t w = 0; w + 1 < phrase.size() && match; ++w) {
          match = before[e - phrase.size() + w].lower == phrase[w];
        }
        if (match) {
          completion = ByteRange{before[e - phrase.size()].range.begin, before[e - 1].range.end};
          break;
        }
      }
    }
    if (std::none_of(before.begin(), before.end(), ends_phrase)) {
      if (completion) completions.push_back({&m, *completion, m.interval->first, m.interval->last});
      continue;
    }
    // The words without the stage adverbs, read when the words as written
    // match no stage ("the contract was formally signed on 29 July").
    plain.clear();
    for (const Word& w : before) {
      if (!words.stage_adverbs.contains(w.lower)) plain.push_back(w);
    }
    // Where a phrase may end in the words read, nearest first: after a
    // word that ends some phrase, among the last k_reach (one or two of
    // them, where every phrase would be tried at every word).
    const auto phrase_ends = [&](const std::vector<Word>& read, std::vector<std::size_t>& out) {
      out.clear();
      for (std::size_t e = read.size(); e > 0 && e + k_reach >= read.size(); --e) {
        if (ends_phrase(read[e - 1])) out.push_back(e);
      }
    };
    phrase_ends(before, before_ends);
    phrase_ends(plain, plain_ends);
    // The words without the "of" phrase (or "on", "for", "at": "Work on
    // the north end began", "Tunnelling for the underground section
    // began") after the stage's noun, read when neither of the others
    // matches: "Demolition of the old building began" is "Demolition
    // began".
    // (No word that ends a phrase among the words dropped: "of the old
    // building began on" keeps "began".)
    of_dropped.clear();
    for (std::size_t e = plain.size(); e-- > 1 && e + 3 >= plain.size() && of_dropped.empty();) {
      if (!ends_phrase(plain[e])) continue;
      // The first "of" of the words dropped: "Las obras de ampliación del
      // puerto comenzaron" is "Las obras comenzaron".
      std::size_t first_of = 0;
      for (std::size_t o = e - 1; o-- > 1 && e - o <= 6 && !ends_phrase(plain[o + 1]);) {
        // (Another preposition only right after the stage's noun opening
        // the words read, or after its article: "Hale was sentenced for
        // fraud ... at the court in Kingsmere" keeps the words before
        // "at".)
        const bool of = plain[o].lower == "of" || plain[o].lower == "de" || plain[o].lower == "del";
        const bool opening = o == 1 || (o == 2 && words.articles.contains(plain[0].lower));
        if (of || (opening && std::find(std::begin(k_phrase_prepositions), std::end(k_phrase_prepositions),
                                        plain[o].lower) != std::end(k_phrase_prepositions))) {
          first_of = o;
        }
      }
      if (first_of > 0) {
        of_dropped.assign(plain.begin(), plain.begin() + static_cast<std::ptrdiff_t>(first_of));
        of_dropped.insert(of_dropped.end(), plain.begin() + static_cast<std::ptrdiff_t>(e), plain.end());
      }
    }
    phrase_ends(of_dropped, of_dropped_ends);
    // The words without the one right before the last word of the nearest
    // phrase, read when no other reading matches: "Las obras civiles
    // comenzaron" is "Las obras comenzaron". (No negation: "the trial never
    // opened" opened none; nor a word of clause_words, "a trial that
    // began", which the reading as written passes over.)
    // ("began work on 2 March": the nearest end, "on", has another end
    // before it; the one before it is tried.)
    // Only a phrase that ends at that word is read so, as near the date as
    // in the words as written.
    one_dropped.clear();
    one_dropped_ends.clear();
    for (const std::size_t e : plain_ends) {
      if (e < 3 || ends_phrase(plain[e - 2])) continue;
      const std::string_view dropped = plain[e - 2].lower;
      if (!words.clause_words.contains(dropped) &&
          std::find(std::begin(k_negations), std::end(k_negations), dropped) == std::end(k_negations)) {
        one_dropped.assign(plain.begin(), plain.begin() + static_cast<std::ptrdiff_t>(e - 2));
        one_dropped.insert(one_dropped.end(), plain.begin() + static_cast<std::ptrdiff_t>(e - 1), plain.end());
        one_dropped_ends.push_back(e - 1);
      }
      break;
    }
    bool staged = false;
    // Each sequence's stage told of the date: the nearest phrase of any of
    // its stages, ending among the last k_reach words (at one end, the
    // first stage's), from the words as written, else without adverbs,
    // else without an "of" phrase, else with one word dropped. The phrases
    // each end word may end are found by one search (issue 9).
    for (std::size_t q = 0; q < sequences; ++q) best[q] = Best{};
    const auto read_stages = [&](const std::vector<Word>& read, const std::vector<std::size_t>& ends) {
      for (const std::size_t e : ends) {  // nearest first
        const auto [lo, hi] = std::equal_range(phrases.begin(), phrases.end(), read[e - 1].lower, ByLastWord{});
        for (auto it = lo; it != hi; ++it) {
          Best& b = best[it->sequence];
          if (b.settled || b.stage >= 0) continue;  // a nearer end, or an earlier stage at this one
          const std::vector<std::string>& phrase = words.event_order[it->sequence][it->stage][it->phrase];
          if (e < phrase.size()) continue;
          bool match = true;
          for (std::size_t w = 0; w + 1 < phrase.size() && match; ++w) {
            match = read[e - phrase.size() + w].lower == phrase[w];
          }
          if (!match) continue;
          b.stage = static_cast<int>(it->stage);
          b.range = {read[e - phrase.size()].range.begin, read[e - 1].range.end};
        }
      }
      // The sequences read settle; the others try the next reading.
      for (std::size_t q = 0; q < sequences; ++q) best[q].settled = best[q].stage >= 0;
    };
    read_stages(before, before_ends);
    if (plain.size() < before.size()) read_stages(plain, plain_ends);
    if (!of_dropped.empty()) read_stages(of_dropped, of_dropped_ends);
    if (!one_dropped.empty()) read_stages(one_dropped, one_dropped_ends);
    for (std::size_t q = 0; q < sequences; ++q) {
      // A completion nearer the date than the stage read is the date's.
      if (best[q].stage < 0 || (completion && completion->begin >= best[q].range.end)) continue;
      staged = true;
      told_of[q][static_cast<std::size_t>(best[q].stage)].push_back(
          {&m, best[q].range, m.interval->first, m.interval->last});
    }
    if (completion && !staged) completions.push_back({&m, *completion, m.interval->first, m.interval->last});
  }
  for (std::size_t q = 0; q < words.event_order.size(); ++q) {
    const auto& sequence = words.event_order[q];
    const std::vector<std::vector<Told>>& told = told_of[q];
    // One date per stage, else the stages may be of several people.
    const auto one_day = [](const std::vector<Told>& t) {
      return !t.empty() && std::all_of(t.begin(), t.end(), [&](const Told& x) {
               return x.day == t.front().day && x.last == t.front().last;
             });
    };
    // A stage told on several days is of several things: a pair of its
    // stages in one sentence is still of one ("The Cedar Flat fire,
    // reported Sept. 3, was declared fully contained on Aug. 27" beside
    // two other fires).
    // (A sequence of sentence_order, of what one subject does, is
    // compared in one sentence only.)
    const bool one_sentence = q < words.one_sentence.size() && words.one_sentence[q];
    const auto pair_of = [&](const std::vector<Told>& earlier, const std::vector<Told>& later) {
      std::pair<const Told*, const Told*> out{nullptr, nullptr};
      if (!one_sentence && one_day(earlier) && one_day(later)) {
        if (later.front().last < earlier.front().day) out = {&earlier.front(), &later.front()};
        return out;
      }
      for (const Told& b : later) {
        for (const Told& a : earlier) {
          if (a.mention->sentence == b.mention->sentence && b.last < a.day) return std::pair{&a, &b};
        }
      }
      return out;
    };
    for (std::size_t later = 1; later < sequence.size(); ++later) {
      for (std::size_t earlier = 0; earlier < later; ++earlier) {
        const auto [pa, pb] = pair_of(told[earlier], told[later]);
        // The later stage over before the earlier one begins.
        if (pa == nullptr) continue;
        if (report_out_of_order(doc, words, *pa, *pb, sink, one_sentence)) break;  // one finding per later stage
      }
    }
  }
  // A bare completion joined right after the date of a stage ("where
  // construction started in February 2025, was completed in September
  // 2024"; "y terminaron en mayo de 2021") is that stage's sequence's
  // last: only a comma, "and" or "then" between them, so it tells of the
  // same thing.
  for (const Told& b : completions) {
    const std::string_view sentence = doc.view(doc.sentences[b.mention->sentence].range);
    const auto joined = [&](const Told& a) {
      if (a.mention->sentence != b.mention->sentence || a.mention->range.end > b.phrase.begin) return false;
      bool ok = true;
      each_word(sentence.substr(a.mention->range.end, b.phrase.begin - a.mention->range.end),
                [&](std::string_view w, std::size_t) { ok = ok && is_join_word(w); });
      for (std::size_t k = a.mention->range.end; k < b.phrase.begin && ok; ++k) {
        ok = word_byte(sentence[k]) || sentence[k] == ' ' || sentence[k] == ',';
      }
      return ok;
    };
    bool reported = false;
    for (std::size_t q = 0; q < words.event_order.size() && !reported; ++q) {
      for (std::size_t stage = 0; stage + 1 < words.event_order[q].size() && !reported; ++stage) {
        for (const Told& a : told_of[q][stage]) {
          if (joined(a) && b.last < a.day && report_out_of_order(doc, words, a, b, sink)) {
            reported = true;
            break;
          }
        }
      }
    }
  }
}

}  // namespace claimlint
