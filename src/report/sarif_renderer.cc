// The SARIF 2.1.0 renderer (OASIS SARIF v2.1.0; validated in tests against
// the official schema).
#include <map>

#include <nlohmann/json.hpp>

#include "diag/check_registry.h"
#include "report/baseline.h"
#include "report/location.h"
#include "report/renderer.h"

namespace claimlint {
namespace {

using nlohmann::ordered_json;

std::string_view sarif_level(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "error";
}

// A relative reference as SARIF wants it: RFC 3986 percent-encoding of
// everything but unreserved characters and '/'.
std::string to_uri(std::string_view path) {
  static constexpr char k_hex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += ch;
    } else {
      out += '%';
      out += k_hex[c >> 4];
      out += k_hex[c & 15];
    }
  }
  return out;
}

ordered_json region(const SourceFile& f, ByteRange r) {
  const auto [b, e] = line_columns(f, r);
  ordered_json j;
  j["startLine"] = b.line;
  j["startColumn"] = b.column;
  j["endLine"] = e.line;
  j["endColumn"] = e.column;
  j["byteOffset"] = r.begin;
  j["byteLength"] = r.size();
  return j;
}

ordered_json physical(const SourceManager& sources, const SourceRange& r) {
  const SourceFile& f = sources.get(r.file);
  ordered_json j;
  j["artifactLocation"]["uri"] = to_uri(f.name());
  j["region"] = region(f, r.bytes);
  return j;
}

ordered_json fix_json(const std::vector<FixIt>& fixits, const SourceManager& sources, std::string_view what) {
  // Group the replacements of one fix by file.
  std::map<FileId, ordered_json> by_file;
  for (const FixIt& f : fixits) {
    if (f.range.file == FileId::invalid) continue;
    ordered_json rep;
    rep["deletedRegion"]["byteOffset"] = f.range.bytes.begin;
    rep["deletedRegion"]["byteLength"] = f.range.bytes.size();
    rep["insertedContent"]["text"] = f.replacement;
    by_file[f.range.file].push_back(std::move(rep));
  }
  ordered_json fix;
  fix["description"]["text"] = std::string(what);
  for (auto& [file, reps] : by_file) {
    ordered_json change;
    change["artifactLocation"]["uri"] = to_uri(sources.get(file).name());
    change["replacements"] = std::move(reps);
    fix["artifactChanges"].push_back(std::move(change));
  }
  return fix;
}

}  // namespace

std::string render_sarif(const std::vector<Diagnostic>& diags, const SourceManager& sources,
                         const std::vector<RunMessage>& messages) {
  ordered_json log;
  log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  log["version"] = "2.1.0";
  ordered_json run;
  ordered_json& driver = run["tool"]["driver"];
  driver["name"] = "claimlint";
  driver["version"] = CLAIMLINT_VERSION;
  driver["semanticVersion"] = CLAIMLINT_VERSION;
  driver["rules"] = ordered_json::array();
  std::map<std::string_view, std::size_t> rule_index;
  for (const CheckInfo& c : all_checks()) {
    ordered_json r;
    r["id"] = std::string(c.id);
    r["shortDescription"]["text"] = std::string(c.summary);
    r["fullDescription"]["text"] = std::string(c.explain);
    r["help"]["text"] = std::string(c.explain);
    r["defaultConfiguration"]["level"] = std::string(sarif_level(c.severity));
    rule_index[c.id] = driver["rules"].size();
    driver["rules"].push_back(std::move(r));
  }
  run["columnKind"] = "unicodeCodePoints";
  ordered_json results = ordered_json::array();
  for (const Diagnostic& d : diags) {
    ordered_json res;
    res["ruleId"] = d.check;
    if (auto it = rule_index.find(d.check); it != rule_index.end()) res["ruleIndex"] = it->second;
    res["level"] = std::string(sarif_level(d.severity));
    res["message"]["text"] = d.message;
    if (d.range.file != FileId::invalid) res["locations"].push_back({{"physicalLocation", physical(sources, d.range)}});
    // The baseline fingerprint lets code scanning follow a finding across
    // commits that move it.
    res["partialFingerprints"]["claimlintFingerprint/v1"] = fingerprint(d, sources);
    int id = 0;
    for (const Note& n : d.notes) {
      ordered_json rel;
      rel["id"] = id++;
      if (n.range.file != FileId::invalid) rel["physicalLocation"] = physical(sources, n.range);
      rel["message"]["text"] = n.message;
      res["relatedLocations"].push_back(std::move(rel));
    }
    if (!d.fixits.empty()) res["fixes"].push_back(fix_json(d.fixits, sources, "apply the suggested change"));
    results.push_back(std::move(res));
  }
  run["results"] = std::move(results);
  ordered_json invocation;
  bool failed = false;
  for (const RunMessage& m : messages) {
    ordered_json n;
    n["level"] = std::string(sarif_level(m.level));
    n["message"]["text"] = m.text;
    if (!m.path.empty()) {
      ordered_json loc;
      loc["physicalLocation"]["artifactLocation"]["uri"] = to_uri(m.path);
      if (m.line > 0) {
        loc["physicalLocation"]["region"]["startLine"] = m.line;
        if (m.column > 0) loc["physicalLocation"]["region"]["startColumn"] = m.column;
      }
      n["locations"].push_back(std::move(loc));
    }
    if (m.level == Severity::error) failed = true;
    invocation[m.configuration ? "toolConfigurationNotifications" : "toolExecutionNotifications"].push_back(std::move(n));
  }
  invocation["executionSuccessful"] = !failed;
  run["invocations"].push_back(std::move(invocation));
  log["runs"].push_back(std::move(run));
  return log.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace claimlint
