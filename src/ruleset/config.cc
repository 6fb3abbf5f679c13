// Config: a project's claimlint.toml, parsed with toml++ and validated.
#include "ruleset/config.h"

#include "ruleset/toml_error.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "diag/check_registry.h"
#include "util/edit_distance.h"

namespace claimlint {
namespace fs = std::filesystem;
namespace {

std::optional<Error> unknown_key(const std::string& path, const toml::key& key, std::string_view where,
                                 std::span<const std::string_view> allowed) {
  std::string m = fmt::format("unknown key '{}' in {}", key.str(), where);
  if (auto near = nearest_spelling(key.str(), allowed)) m += fmt::format("; did you mean '{}'?", *near);
  return error_at(path, key.source(), std::move(m));
}

std::optional<Error> check_name(const std::string& path, const toml::node& node, std::string_view id) {
  if (find_check(id)) return std::nullopt;
  std::string m = fmt::format("unknown check '{}'", id);
  if (auto near = suggest_check(id)) m += fmt::format("; did you mean '{}'?", *near);
  return error_at(path, node.source(), std::move(m));
}

std::optional<Error> string_list(const std::string& path, const toml::node& node, std::string_view name,
                                 std::vector<std::string>& out) {
  const toml::array* arr = node.as_array();
  if (!arr) return error_at(path, node.source(), fmt::format("'{}' must be an array of strings", name));
  for (const toml::node& item : *arr) {
    const auto* s = item.as_string();
    if (!s) return error_at(path, item.source(), fmt::format("each entry of '{}' must be a string", name));
    out.push_back(s->get());
  }
  return std::nullopt;
}

std::optional<Error> string_value(const std::string& path, const toml::node& node, std::string_view name,
                                  std::optional<std::string>& out) {
  const auto* s = node.as_string();
  if (!s) return error_at(path, node.source(), fmt::format("'{}' must be a string", name));
  out = s->get();
  return std::nullopt;
}

std::string resolve(const std::string& dir, const std::string& p) {
  return fs::path(p).is_absolute() ? p : (fs::path(dir) / p).lexically_normal().string();
}

std::optional<Error> parse_checks(const std::string& path, const toml::table& t, Config& c) {
  static constexpr std::string_view k_keys[] = {"enable", "disable", "severity"};
  for (const auto& [key, value] : t) {
    const std::string_view k = key.str();
    if (k == "enable" || k == "disable") {
      auto& list = k == "enable" ? c.enable : c.disable;
      if (auto e = string_list(path, value, k, list)) return e;
      const toml::array& arr = *value.as_array();
      for (std::size_t i = 0; i < arr.size(); ++i) {
        if (auto e = check_name(path, arr[i], list[list.size() - arr.size() + i])) return e;
      }
    } else if (k == "severity") {
      const toml::table* sev = value.as_table();
      if (!sev) return error_at(path, value.source(), "'severity' must be a table of check = \"note|warning|error\"");
      for (const auto& [check, level] : *sev) {
        if (!find_check(check.str())) {
          std::string m = fmt::format("unknown check '{}'", check.str());
          if (auto near = suggest_check(check.str())) m += fmt::format("; did you mean '{}'?", *near);
          return error_at(path, check.source(), std::move(m));
        }
        const auto* s = level.as_string();
        const std::optional<Severity> parsed = s ? parse_severity(s->get()) : std::nullopt;
        if (!parsed) return error_at(path, level.source(), "severity must be \"note\", \"warning\" or \"error\"");
        c.severity.emplace(std::string(check.str()), *parsed);
      }
    } else {
      return unknown_key(path, key, "[checks]", k_keys);
    }
  }
  return std::nullopt;
}

std::optional<Error> parse_input(const std::string& path, const toml::table& t, Config& c) {
  static constexpr std::string_view k_keys[] = {"include", "exclude", "lang", "date", "format"};
  for (const auto& [key, value] : t) {
    const std::string_view k = key.str();
    if (k == "include" || k == "exclude") {
      if (auto e = string_list(path, value, k, k == "include" ? c.include : c.exclude)) return e;
    } else if (k == "lang") {
      if (auto e = string_value(path, value, k, c.lang)) return e;
      if (*c.lang != "en" && *c.lang != "es") return error_at(path, value.source(), "lang must be \"en\" or \"es\"");
    } else if (k == "date") {
      if (const auto* d = value.as_date()) {
        c.date = fmt::format("{:04}-{:02}-{:02}", d->get().year, d->get().month, d->get().day);
      } else {
        if (auto e = string_value(path, value, k, c.date)) return error_at(path, value.source(), "'date' must be a date (2026-01-15)");
        const std::string& s = *c.date;
        if (s.size() != 10 || s[4] != '-' || s[7] != '-') return error_at(path, value.source(), "'date' must be YYYY-MM-DD");
      }
    } else if (k == "format") {
      if (auto e = string_value(path, value, k, c.input_format)) return e;
      if (*c.input_format != "plain" && *c.input_format != "markdown" && *c.input_format != "html") {
        return error_at(path, value.source(), "format must be \"plain\", \"markdown\" or \"html\"");
      }
    } else {
      return unknown_key(path, key, "[input]", k_keys);
    }
  }
  return std::nullopt;
}

}  // namespace

Expected<Config> parse_config(const std::string& path, std::string_view text) {
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    return error_at(path, e.source(), std::string(e.description()));
  }
  Config c;
  c.path = path;
  c.dir = fs::path(path).parent_path().string();
  if (c.dir.empty()) c.dir = ".";
  static constexpr std::string_view k_sections[] = {"checks", "rules", "input", "reference"};
  for (const auto& [key, value] : root) {
    const std::string_view k = key.str();
    const toml::table* t = value.as_table();
    if (std::find(std::begin(k_sections), std::end(k_sections), k) == std::end(k_sections)) {
      if (auto e = unknown_key(path, key, "the config", k_sections)) return *e;
    }
    if (!t) return error_at(path, value.source(), fmt::format("'{}' must be a table ([{}])", k, k));
    std::optional<Error> e;
    if (k == "checks") {
      e = parse_checks(path, *t, c);
    } else if (k == "input") {
      e = parse_input(path, *t, c);
    } else {
      static constexpr std::string_view k_rule_keys[] = {"directories"};
      static constexpr std::string_view k_ref_keys[] = {"against"};
      const bool rules = k == "rules";
      for (const auto& [sub, v] : *t) {
        if (sub.str() != (rules ? "directories" : "against")) {
          e = unknown_key(path, sub, rules ? "[rules]" : "[reference]",
                          rules ? std::span<const std::string_view>(k_rule_keys) : std::span<const std::string_view>(k_ref_keys));
          break;
        }
        std::vector<std::string> list;
        if ((e = string_list(path, v, sub.str(), list))) break;
        for (const std::string& p : list) (rules ? c.rule_dirs : c.against).push_back(resolve(c.dir, p));
      }
    }
    if (e) return *e;
  }
  return c;
}

Expected<Config> load_config(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{fmt::format("cannot read config '{}': {}", path, std::strerror(errno)), std::nullopt};
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_config(path, ss.str());
}

std::optional<std::string> find_config(const std::string& dir) {
  std::error_code ec;
  fs::path p = fs::absolute(dir.empty() ? "." : dir, ec);
  if (ec) return std::nullopt;
  p = p.lexically_normal();
  for (;;) {
    const fs::path candidate = p / k_config_name;
    if (fs::is_regular_file(candidate, ec)) {
      // Shown in messages: relative to the working directory when below it.
      const fs::path rel = fs::relative(candidate, fs::current_path(ec), ec);
      if (!ec && !rel.empty() && *rel.begin() != "..") return rel.string();
      return candidate.string();
    }
    if (!p.has_parent_path() || p.parent_path() == p) return std::nullopt;
    p = p.parent_path();
  }
}

}  // namespace claimlint
