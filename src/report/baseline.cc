// Baselines: recorded findings by fingerprint.
#include "report/baseline.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace claimlint {
namespace {

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 0xcbf29ce484222325ULL) {
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (const char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

std::string fingerprint(const Diagnostic& d, const SourceManager& sources) {
  std::uint64_t h = fnv1a(d.check);
  h = fnv1a(std::string_view("\0", 1), h);
  if (d.range.file != FileId::invalid) {
    const SourceFile& f = sources.get(d.range.file);
    h = fnv1a(f.name(), h);
    h = fnv1a(std::string_view("\0", 1), h);
    const ByteRange r = d.range.bytes;
    h = fnv1a(collapse(f.bytes().substr(r.begin, std::min(r.size(), f.bytes().size() - r.begin))), h);
  }
  h = fnv1a(std::string_view("\0", 1), h);
  h = fnv1a(d.message, h);
  return fmt::format("{:016x}", h);
}

std::string write_baseline(const std::vector<Diagnostic>& diagnostics, const SourceManager& sources) {
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  std::vector<std::tuple<std::string, std::string, std::string, std::string>> rows;
  for (const Diagnostic& d : diagnostics) {
    const std::string path = d.range.file == FileId::invalid ? "" : sources.get(d.range.file).name();
    rows.emplace_back(path, d.check, fingerprint(d, sources), d.message);
  }
  std::sort(rows.begin(), rows.end());
  for (const auto& [path, check, fp, message] : rows) {
    findings.push_back({{"fingerprint", fp}, {"check", check}, {"path", path}, {"message", message}});
  }
  nlohmann::ordered_json j;
  j["claimlint_baseline"] = 1;
  j["findings"] = std::move(findings);
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

Expected<std::vector<std::string>> read_baseline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{fmt::format("cannot read baseline '{}': {}", path, std::strerror(errno)), std::nullopt};
  std::ostringstream ss;
  ss << in.rdbuf();
  try {
    const nlohmann::json j = nlohmann::json::parse(ss.str());
    if (!j.is_object() || !j.contains("claimlint_baseline") || !j.contains("findings") || !j["findings"].is_array()) {
      return Error{fmt::format("'{}' is not a claimlint baseline (write one with --write-baseline)", path), std::nullopt};
    }
    std::vector<std::string> out;
    for (const auto& f : j["findings"]) {
      if (!f.is_object() || !f.contains("fingerprint") || !f["fingerprint"].is_string()) {
        return Error{fmt::format("'{}': a finding without a fingerprint", path), std::nullopt};
      }
      out.push_back(f["fingerprint"].get<std::string>());
    }
    return out;
  } catch (const nlohmann::json::exception& e) {
    return Error{fmt::format("cannot parse baseline '{}': {}", path, e.what()), std::nullopt};
  }
}

std::size_t subtract_baseline(std::vector<Diagnostic>& diagnostics, const SourceManager& sources,
                              std::vector<std::string> baseline) {
  std::sort(baseline.begin(), baseline.end());
  std::vector<bool> used(baseline.size(), false);
  const std::size_t before = diagnostics.size();
  std::erase_if(diagnostics, [&](const Diagnostic& d) {
    const std::string fp = fingerprint(d, sources);
    auto it = std::lower_bound(baseline.begin(), baseline.end(), fp);
    while (it != baseline.end() && *it == fp) {
      const auto i = static_cast<std::size_t>(it - baseline.begin());
      if (!used[i]) {
        used[i] = true;
        return true;
      }
      ++it;
    }
    return false;
  });
  return before - diagnostics.size();
}

}  // namespace claimlint
