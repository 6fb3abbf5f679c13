// Inline suppressions with a required reason.
#include "check/suppressions.h"

#include <algorithm>
#include <cstring>
#include <map>

#include <fmt/format.h>
#include <re2/re2.h>

#include "diag/check_registry.h"
#include "report/location.h"

namespace claimlint {
namespace {

constexpr std::string_view k_marker = "claimlint-disable-";

const RE2& directive_pattern() {
  // kind, check list, optional ": reason", optional comment closer.
  static const RE2 re(R"(claimlint-disable-(next-line|line)(?:[ \t]+([A-Za-z0-9_, \t-]*[A-Za-z0-9_-]))?[ \t]*(?::[ \t]*(.*?))?[ \t]*(?:-->|\*/)?[ \t]*$)");
  return re;
}

std::vector<std::string> split_checks(std::string_view list) {
  std::vector<std::string> out;
  std::string current;
  for (const char c : list) {
    if (c == ',' || c == ' ' || c == '\t') {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

bool blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

Diagnostic suppression_note(const Suppression& s, std::string message) {
  Diagnostic d;
  d.check = "suppression";
  d.severity = Severity::note;
  d.message = std::move(message);
  d.range = s.range;
  return d;
}

}  // namespace

bool may_have_suppressions(std::string_view text) {
  // memmem, not string_view::find: find calls memchr at every 'c' of the
  // text and compares there, which made this scan 1% of a lint.
  return !text.empty() && memmem(text.data(), text.size(), k_marker.data(), k_marker.size()) != nullptr;
}

bool is_suppression_line(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return line.substr(i).starts_with(k_marker) &&
         RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), directive_pattern());
}

std::vector<Suppression> find_suppressions(const SourceFile& file) {
  std::vector<Suppression> out;
  const std::string_view text = file.display_text();
  if (!may_have_suppressions(text)) return out;
  const std::size_t lines = file.line_count();
  for (std::size_t l = 0; l < lines; ++l) {
    const ByteRange lr = file.line_range(l);
    const std::string_view line = text.substr(lr.begin, lr.size());
    const std::size_t at = line.find(k_marker);
    if (at == std::string_view::npos) continue;
    re2::StringPiece kind, checks, reason;
    const std::string_view tail = line.substr(at);
    if (!RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), directive_pattern(), &kind, &checks, &reason)) {
      continue;
    }
    Suppression s;
    const std::size_t begin = lr.begin + at;
    s.range = {file.id(), {file.from_display(begin), file.from_display(lr.end)}};
    s.checks = split_checks(std::string_view(checks.data(), checks.size()));
    s.reason = std::string(reason.data(), reason.size());
    if (kind == "line") {
      s.target_line = l + 1;
    } else {
      for (std::size_t n = l + 1; n < lines; ++n) {
        const ByteRange nr = file.line_range(n);
        if (!blank(text.substr(nr.begin, nr.size()))) {
          s.target_line = n + 1;
          break;
        }
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

void apply_suppressions(std::vector<Diagnostic>& diagnostics, const std::vector<const SourceFile*>& files,
                        const std::function<bool(const SourceFile&)>& report_notes) {
  std::vector<Diagnostic> notes;
  std::vector<Diagnostic> discarded;  // notes of files another shard reports
  for (const SourceFile* file : files) {
    const bool owned = !report_notes || report_notes(*file);
    for (const Suppression& s : find_suppressions(*file)) {
      std::vector<Diagnostic>& note_sink = owned ? notes : discarded;
      if (s.reason.empty()) {
        note_sink.push_back(suppression_note(s, "suppression without a reason is ignored; add one after ':'"));
        continue;
      }
      if (s.checks.empty()) {
        note_sink.push_back(suppression_note(s, "suppression names no check"));
        continue;
      }
      bool valid = true;
      for (const std::string& c : s.checks) {
        if (find_check(c)) continue;
        std::string m = fmt::format("unknown check '{}' in suppression", c);
        if (auto near = suggest_check(c)) m += fmt::format("; did you mean '{}'?", *near);
        note_sink.push_back(suppression_note(s, std::move(m)));
        valid = false;
      }
      if (!valid) continue;
      const std::size_t before = diagnostics.size();
      std::erase_if(diagnostics, [&](const Diagnostic& d) {
        if (d.range.file != file->id() || d.check == "suppression") return false;
        if (std::find(s.checks.begin(), s.checks.end(), d.check) == s.checks.end()) return false;
        return line_column(*file, d.range.bytes.begin).line == s.target_line;
      });
      const bool document_checks_only = std::none_of(s.checks.begin(), s.checks.end(), [](const std::string& c) {
        const CheckInfo* info = find_check(c);
        return info && info->corpus;
      });
      if (diagnostics.size() == before && document_checks_only) {
        note_sink.push_back(suppression_note(
            s, fmt::format("unused suppression: no {} finding on line {}", fmt::join(s.checks, " or "), s.target_line)));
      }
    }
  }
  diagnostics.insert(diagnostics.end(), notes.begin(), notes.end());
}

}  // namespace claimlint
