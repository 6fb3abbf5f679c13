// The JSON and JSON Lines renderers, and GitHub workflow commands.
#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "report/location.h"
#include "report/renderer.h"

namespace claimlint {
namespace {

using nlohmann::ordered_json;

// Location fields shared by diagnostics, notes and fix-its. end_column is
// exclusive, like SARIF's endColumn.
void put_range(ordered_json& j, const SourceManager& sources, const SourceRange& r) {
  if (r.file == FileId::invalid) {
    j["path"] = nullptr;
    return;
  }
  const SourceFile& f = sources.get(r.file);
  const LineColumn b = line_column(f, r.bytes.begin);
  const LineColumn e = line_column(f, r.bytes.end);
  j["path"] = f.name();
  j["line"] = b.line;
  j["column"] = b.column;
  j["end_line"] = e.line;
  j["end_column"] = e.column;
  j["start"] = r.bytes.begin;
  j["end"] = r.bytes.end;
}

ordered_json fixits_json(const std::vector<FixIt>& fixits, const SourceManager& sources) {
  ordered_json arr = ordered_json::array();
  for (const FixIt& f : fixits) {
    ordered_json j;
    put_range(j, sources, f.range);
    j["replacement"] = f.replacement;
    arr.push_back(std::move(j));
  }
  return arr;
}

ordered_json diagnostic_json(const Diagnostic& d, const SourceManager& sources) {
  ordered_json j;
  put_range(j, sources, d.range);
  j["severity"] = std::string(severity_name(d.severity));
  j["check"] = d.check;
  j["message"] = d.message;
  ordered_json notes = ordered_json::array();
  for (const Note& n : d.notes) {
    ordered_json jn;
    put_range(jn, sources, n.range);
    jn["message"] = n.message;
    if (!n.fixits.empty()) jn["fixits"] = fixits_json(n.fixits, sources);
    notes.push_back(std::move(jn));
  }
  j["notes"] = std::move(notes);
  j["fixits"] = fixits_json(d.fixits, sources);
  return j;
}

// Workflow commands need %, CR and LF escaped in messages, and also , and :
// in properties.
std::string escape_data(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string escape_property(std::string_view s) {
  std::string out;
  for (const char c : escape_data(s)) {
    if (c == ',') out += "%2C";
    else if (c == ':') out += "%3A";
    else out += c;
  }
  return out;
}

}  // namespace

std::string render_json(std::span<const Diagnostic> diags, const SourceManager& sources, bool lines) {
  // Invalid bytes in quoted text must not make the dump throw.
  constexpr auto k_handler = ordered_json::error_handler_t::replace;
  if (lines) {
    std::string out;
    for (const Diagnostic& d : diags) out += diagnostic_json(d, sources).dump(-1, ' ', false, k_handler) + "\n";
    return out;
  }
  ordered_json arr = ordered_json::array();
  for (const Diagnostic& d : diags) arr.push_back(diagnostic_json(d, sources));
  return arr.dump(2, ' ', false, k_handler) + "\n";
}

std::string render_github(std::span<const Diagnostic> diags, const SourceManager& sources) {
  std::string out;
  for (const Diagnostic& d : diags) {
    const char* level = d.severity == Severity::error ? "error" : d.severity == Severity::warning ? "warning" : "notice";
    std::string props;
    if (d.range.file != FileId::invalid) {
      const SourceFile& f = sources.get(d.range.file);
      const LineColumn b = line_column(f, d.range.bytes.begin);
      const LineColumn e = line_column(f, d.range.bytes.end);
      props = fmt::format(" file={},line={},col={},endLine={}", escape_property(f.name()), b.line, b.column, e.line);
      if (e.line == b.line) props += fmt::format(",endColumn={}", e.column);
    }
    props += fmt::format(",title={}", escape_property(d.check));
    if (props.front() == ',') props[0] = ' ';
    std::string message = d.message;
    for (const Note& n : d.notes) {
      if (n.range.file != FileId::invalid) {
        const SourceFile& f = sources.get(n.range.file);
        const LineColumn b = line_column(f, n.range.bytes.begin);
        message += fmt::format("\n{}:{}:{}: note: {}", f.name(), b.line, b.column, n.message);
      } else {
        message += "\nnote: " + n.message;
      }
    }
    out += fmt::format("::{}{}::{}\n", level, props, escape_data(message));
  }
  return out;
}

}  // namespace claimlint
