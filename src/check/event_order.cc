// The timeline check's second half: stages of one process dated in an
// impossible order.
#include "check/event_order.h"

#include <algorithm>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "extract/date_calendar.h"

namespace claimlint {
namespace {

// The number of words before a date read for a stage's phrase.
constexpr std::size_t k_reach = 8;
// The most days a later stage is told before an earlier one and still
// compared: three years.
constexpr long k_max_gap = 1096;

struct Word {
  std::string lower;
  ByteRange range;  ///< in the sentence
};

// The words of `sentence` before byte `end`, back to the clause's start
// (a mark other than an apostrophe or a hyphen inside a word ends it), at
// most k_reach + 3 of them, in text order.
std::vector<Word> words_before(std::string_view sentence, std::size_t end) {
  std::vector<Word> out;
  std::size_t i = end;
  while (i > 0 && out.size() < k_reach + 3) {
    const char c = sentence[i - 1];
    if (c == ' ') {
      --i;
      continue;
    }
    const auto word_byte = [](char b) {
      return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '\'' || b == '-' ||
             static_cast<unsigned char>(b) >= 0x80;
    };
    if (!word_byte(c)) break;
    std::size_t b = i;
    while (b > 0 && word_byte(sentence[b - 1])) --b;
    out.push_back({fold_date_word(sentence.substr(b, i - b)), {b, i}});
    i = b;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// A stage told of a date.
struct Told {
  const DateMention* mention = nullptr;
  ByteRange phrase;  ///< in the sentence
  long day = 0;   ///< the first day of the date
  long last = 0;  ///< and its last: a month or a year is many days
};

}  // namespace

void check_event_order(const Document& doc, const std::vector<DateMention>& dates, const DateLanguage& words,
                       DiagnosticSink& sink) {
  if (words.event_order.empty()) return;
  for (const auto& sequence : words.event_order) {
    // The mentions of each stage.
    std::vector<std::vector<Told>> told(sequence.size());
    for (const DateMention& m : dates) {
      // A day, a month or a year: "began in April 2025" comes after
      // "energised in November 2024" whatever the days.
      if (!m.interval || m.bound != DateBound::exact ||
          (m.precision != DatePrecision::day && m.precision != DatePrecision::month &&
           m.precision != DatePrecision::year)) {
        continue;
      }
      const std::string_view sentence = doc.view(doc.sentences[m.sentence].range);
      const std::vector<Word> before = words_before(sentence, m.range.begin);
      // The nearest phrase of any stage, ending among the last k_reach
      // words.
      int best_stage = -1;
      std::size_t best_end = 0;
      ByteRange best_range;
      for (std::size_t stage = 0; stage < sequence.size(); ++stage) {
        for (const std::vector<std::string>& phrase : sequence[stage]) {
          for (std::size_t e = before.size(); e >= phrase.size() && e + k_reach >= before.size(); --e) {
            bool match = true;
            for (std::size_t w = 0; w < phrase.size() && match; ++w) {
              match = before[e - phrase.size() + w].lower == phrase[w];
            }
            if (match && (best_stage < 0 || e > best_end)) {
              best_stage = static_cast<int>(stage);
              best_end = e;
              best_range = {before[e - phrase.size()].range.begin, before[e - 1].range.end};
            }
            if (match || e == 0) break;
          }
        }
      }
      if (best_stage >= 0) {
        told[static_cast<std::size_t>(best_stage)].push_back({&m, best_range, m.interval->first, m.interval->last});
      }
    }
    // One date per stage, else the stages may be of several people.
    const auto one_day = [](const std::vector<Told>& t) {
      return !t.empty() && std::all_of(t.begin(), t.end(), [&](const Told& x) {
               return x.day == t.front().day && x.last == t.front().last;
             });
    };
    for (std::size_t later = 1; later < sequence.size(); ++later) {
      if (!one_day(told[later])) continue;
      for (std::size_t earlier = 0; earlier < later; ++earlier) {
        if (!one_day(told[earlier])) continue;
        const Told& a = told[earlier].front();
        const Told& b = told[later].front();
        // The later stage over before the earlier one begins.
        if (b.last >= a.day) continue;
        // Years apart, the two are likely of two things ("the museum, which
        // opened to the public on 14 May 1998" and the construction of its
        // new wing): only an order within k_max_gap days is told wrongly.
        if (a.day - b.last > k_max_gap) continue;
        // Years guessed differently for the two are no order told.
        if (a.mention->year_written != b.mention->year_written) continue;
        const ByteRange sa = doc.sentences[a.mention->sentence].range;
        const ByteRange sb = doc.sentences[b.mention->sentence].range;
        const std::string_view ta = doc.view(sa);
        const std::string_view tb = doc.view(sb);
        Diagnostic d;
        d.check = "timeline";
        d.severity = Severity::warning;
        d.message = fmt::format("\"{}\" is dated {}, before \"{}\" {} {}, which comes first",
                                tb.substr(b.phrase.begin, b.phrase.size()),
                                tb.substr(b.mention->date_range.begin, b.mention->date_range.size()),
                                ta.substr(a.phrase.begin, a.phrase.size()),
                                a.mention->precision == DatePrecision::day ? "on" : "in",
                                ta.substr(a.mention->date_range.begin, a.mention->date_range.size()));
        d.range = doc.original({sb.begin + b.mention->range.begin, sb.begin + b.mention->range.end});
        d.notes.push_back({doc.original({sa.begin + a.mention->range.begin, sa.begin + a.mention->range.end}),
                           fmt::format("\"{}\" is dated here", ta.substr(a.phrase.begin, a.phrase.size())),
                           {}});
        sink.report(std::move(d));
        break;  // one finding per later stage
      }
    }
  }
}

}  // namespace claimlint
