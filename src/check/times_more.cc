// The times-more check: "N times more/greater than" is ambiguous.
#include "check/times_more.h"

#include <fmt/format.h>

namespace claimlint {
namespace {

// Comparatives of rising after "N times", with the positive form the
// rewrite uses ("six times greater than" → "six times as great as"). Kept
// in code: a follow-up can move the table to rules/ with its loader.
constexpr std::pair<std::string_view, std::string_view> k_comparatives[] = {
    {"greater", "great"},  {"higher", "high"},     {"larger", "large"},   {"bigger", "big"},
    {"faster", "fast"},    {"stronger", "strong"}, {"longer", "long"},    {"heavier", "heavy"},
    {"wider", "wide"},     {"taller", "tall"},     {"richer", "rich"},    {"deeper", "deep"},
    {"quicker", "quick"},  {"brighter", "bright"}, {"hotter", "hot"},     {"costlier", "costly"},
    {"pricier", "pricey"}, {"denser", "dense"},    {"cheaper", "cheap"},  {"older", "old"},
};

std::string_view positive_of(std::string_view comparative) {
  for (const auto& [c, p] : k_comparatives) {
    if (c == comparative) return p;
  }
  return {};
}

// "more capable", "more powerful": an adjective after "more" keeps its form
// in the rewrite; a noun ("more chips") gets no fix-it.
bool adjective_like(std::string_view w) {
  for (std::string_view suffix : {"ble", "ful", "ive", "ous", "ent", "ant", "ic", "al", "ary", "ly", "ile", "ced"}) {
    if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) return true;
  }
  return false;
}

}  // namespace

void check_times_more(const ArithmeticInput& in, DiagnosticSink& sink) {
  using T = ArithToken::Type;
  for (const std::size_t s : in.scanned_sentences()) {
    const ArithTokens t = in.tokens(s);
    for (const std::size_t i : in.figure_tokens(s)) {
      if (i + 1 >= t.size()) break;
      const Figure& f = in.figures[static_cast<std::size_t>(t[i].figure)];
      if (f.kind != QuantityKind::multiplier || f.value <= 1) continue;
      const std::string_view ftext = in.doc.view(f.range);
      if (!ftext.ends_with("times")) continue;
      const ArithToken& cmp = t[i + 1];
      if (cmp.type != T::word) continue;
      const auto word_at = [&](std::size_t k) -> const ArithToken* {
        return k < t.size() && t[k].type == T::word ? &t[k] : nullptr;
      };
      std::size_t end = i + 2;  // one past the last token quoted
      std::string base;         // "as BASE" rewrites the comparative
      bool fixable = true;
      if (cmp.text == "more") {
        const ArithToken* next = word_at(i + 2);
        if (next && next->text != "than") {
          ++end;
          if (adjective_like(next->text) || next->text == "likely" || next->text == "often") {
            base = in.doc.view(next->range);
          } else {
            base = "much";
            fixable = false;  // "six times more chips": as many or as much
          }
        } else {
          base = "much";
        }
      } else {
        const std::string_view p = positive_of(cmp.text);
        if (p.empty()) continue;
        base = p;
      }
      const bool than = word_at(end) && t[end].text == "than";
      if (than) ++end;
      const ByteRange quoted{f.range.begin, t[end - 1].range.end};
      const double n = f.value;
      Diagnostic d;
      d.check = "times-more";
      d.severity = Severity::note;
      d.message = fmt::format("\"{}\" is ambiguous: {} or {} times as {}", in.doc.view(quoted),
                              format_figure(n, QuantityKind::number, ""),
                              format_figure(n + 1, QuantityKind::number, ""),
                              base);
      d.range = in.original(quoted);
      Note note;
      note.range = d.range;
      if (fixable) {
        const std::string replacement = than ? fmt::format("as {} as", base) : fmt::format("as {}", base);
        const ByteRange replaced{cmp.range.begin, quoted.end};
        note.message = fmt::format("if {} times as {} is meant, write \"{} {}\"",
                                   format_figure(n, QuantityKind::number, ""), base, ftext, replacement);
        note.fixits.push_back({in.original(replaced), replacement});
      } else {
        note.message = fmt::format("write \"{} as many\" or \"{} as much\" if {} times as much is meant", ftext, ftext,
                                   format_figure(n, QuantityKind::number, ""));
      }
      d.notes.push_back(std::move(note));
      sink.report(std::move(d));
    }
  }
}

}  // namespace claimlint
