// The date-conflict of an event named by a noun phrase in one document.
#include "check/event_dates.h"

#include <string>
#include <string_view>
#include <algorithm>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

namespace claimlint {
namespace {

bool word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || static_cast<unsigned char>(c) >= 0x80;
}

// The word of `text` ending at `end` (spaces before `end` skipped), as
// [begin, end); begin == end if none.
std::pair<std::size_t, std::size_t> word_before(std::string_view text, std::size_t end) {
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t begin = end;
  while (begin > 0 && word_byte(text[begin - 1])) --begin;
  return {begin, end};
}

std::string lowered(std::string_view w) {
  std::string out(w);
  for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

// The event noun phrase before a date at `at` of `sentence`: "gearbox
// failure" of "the gearbox failure on 22 June"; empty if none.
std::string event_before(std::string_view sentence, std::size_t at, const DateLanguage& words) {
  auto [pb, pe] = word_before(sentence, at);
  if (pb == pe || !words.event_prepositions.count(lowered(sentence.substr(pb, pe - pb)))) return {};
  std::vector<std::string> phrase;  // back to front
  std::size_t end = pb;
  for (int n = 0; n < 5; ++n) {
    const auto [b, e] = word_before(sentence, end);
    if (b == e) return {};
    const std::string_view w = sentence.substr(b, e - b);
    const std::string lw = lowered(w);
    if (words.articles.count(lw) || words.determiners.count(lw)) {
      // "the gearbox failure": two words or more, the last an event noun.
      if (phrase.size() < 2 || !words.event_nouns.count(phrase.front())) return {};
      std::string out;
      for (auto it = phrase.rbegin(); it != phrase.rend(); ++it) out.append(out.empty() ? "" : " ").append(*it);
      return out;
    }
    // Lower-case words only, none a past form ("the vote held on").
    if (w[0] < 'a' || w[0] > 'z' || words.past_verbs.count(lw) || lw.ends_with("ed")) return {};
    phrase.push_back(lw);
    end = b;
  }
  return {};
}

}  // namespace

void check_event_dates(const Document& doc, const std::vector<DateMention>& dates, const DateLanguage& words,
                       DiagnosticSink& sink) {
  if (words.event_nouns.empty()) return;
  // Each event's first day, and the days already reported for it.
  struct First {
    const DateMention* mention;
    std::vector<long> reported;
  };
  std::unordered_map<std::string, First> first;
  for (const DateMention& m : dates) {
    if (m.value.empty() || !m.interval || m.bound != DateBound::exact || m.precision != DatePrecision::day) continue;
    const ByteRange sentence = doc.sentences[m.sentence].range;
    const std::string_view text = doc.view(sentence);
    const std::string event = event_before(text, m.range.begin, words);
    if (event.empty()) continue;
    auto [it, fresh] = first.try_emplace(event, First{&m, {}});
    if (fresh) continue;
    const DateMention& f = *it->second.mention;
    const long day = m.interval->first;
    if (day == f.interval->first) continue;
    std::vector<long>& reported = it->second.reported;
    if (std::find(reported.begin(), reported.end(), day) != reported.end()) continue;
    reported.push_back(day);
    const ByteRange first_sentence = doc.sentences[f.sentence].range;
    const std::string_view first_text = doc.view(first_sentence);
    Diagnostic d;
    d.check = "date-conflict";
    d.severity = Severity::warning;
    d.message = fmt::format("date of \"the {}\" conflicts with an earlier date in this article", event);
    d.range = doc.original({sentence.begin + m.date_range.begin, sentence.begin + m.date_range.end});
    d.notes.push_back({doc.original({first_sentence.begin + f.date_range.begin, first_sentence.begin + f.date_range.end}),
                       fmt::format("here it is \"{}\" (same event: the {})",
                                   first_text.substr(f.date_range.begin, f.date_range.size()), event),
                       {}});
    sink.report(std::move(d));
  }
}

}  // namespace claimlint
