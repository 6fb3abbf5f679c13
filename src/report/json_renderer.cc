// The JSON and JSON Lines renderers, and GitHub workflow commands.
#include <algorithm>
#include <charconv>
#include <iterator>
#include <utility>

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "report/location.h"
#include "report/renderer.h"
#include "util/json_writer.h"

namespace claimlint {
namespace {

// Location fields shared by diagnostics, notes and fix-its. end_column is
// exclusive, like SARIF's endColumn. `out` is what `w` writes to.
void put_range(JsonWriter& w, std::string& out, const SourceManager& sources, const SourceRange& r) {
  if (r.file == FileId::invalid) {
    w.key("path").null();
    return;
  }
  const SourceFile& f = sources.get(r.file);
  const auto [b, e] = line_columns(f, r.bytes);
  w.key("path").string(f.name());
  // The six numbers in one append: each field is what w.key(name)
  // .unsigned_integer(n) writes after a value, and w is left after a value
  // as they would leave it.
  const std::pair<std::string_view, std::size_t> fields[] = {
      {",\"line\":", b.line},         {",\"column\":", b.column}, {",\"end_line\":", e.line},
      {",\"end_column\":", e.column}, {",\"start\":", r.bytes.begin}, {",\"end\":", r.bytes.end}};
  char buffer[6 * (14 + 20)];
  char* p = buffer;
  for (const auto& [name, value] : fields) {
    p = std::copy(name.begin(), name.end(), p);
    p = std::to_chars(p, std::end(buffer), value).ptr;
  }
  out.append(buffer, static_cast<std::size_t>(p - buffer));
}

void put_fixits(JsonWriter& w, std::string& out, const std::vector<FixIt>& fixits, const SourceManager& sources) {
  w.begin_array();
  for (const FixIt& f : fixits) {
    w.begin_object();
    put_range(w, out, sources, f.range);
    w.key("replacement").string(f.replacement);
    w.end_object();
  }
  w.end_array();
}

void put_diagnostic(JsonWriter& w, std::string& out, const Diagnostic& d, const SourceManager& sources) {
  w.begin_object();
  put_range(w, out, sources, d.range);
  w.key("severity").string(severity_name(d.severity));
  w.key("check").string(d.check);
  w.key("message").string(d.message);
  w.key("notes").begin_array();
  for (const Note& n : d.notes) {
    w.begin_object();
    put_range(w, out, sources, n.range);
    w.key("message").string(n.message);
    if (!n.fixits.empty()) put_fixits(w.key("fixits"), out, n.fixits, sources);
    w.end_object();
  }
  w.end_array();
  put_fixits(w.key("fixits"), out, d.fixits, sources);
  w.end_object();
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
  std::string out;
  if (lines) {
    for (const Diagnostic& d : diags) {
      JsonWriter w(out);
      put_diagnostic(w, out, d, sources);
      out += '\n';
    }
    return out;
  }
  // The one array, indented as nlohmann::json prints it.
  JsonWriter w(out);
  w.begin_array();
  for (const Diagnostic& d : diags) put_diagnostic(w, out, d, sources);
  w.end_array();
  return nlohmann::ordered_json::parse(out).dump(2) + "\n";
}

std::string render_github(std::span<const Diagnostic> diags, const SourceManager& sources) {
  std::string out;
  for (const Diagnostic& d : diags) {
    const char* level = d.severity == Severity::error ? "error" : d.severity == Severity::warning ? "warning" : "notice";
    std::string props;
    if (d.range.file != FileId::invalid) {
      const SourceFile& f = sources.get(d.range.file);
      const auto [b, e] = line_columns(f, d.range.bytes);
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
