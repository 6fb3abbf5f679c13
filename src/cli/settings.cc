// Settings per input: command line overlaid on claimlint.toml.
#include "cli/settings.h"

#include <algorithm>
#include <filesystem>

#include "diag/check_registry.h"

namespace claimlint {
namespace fs = std::filesystem;

CheckFilter::CheckFilter(const std::vector<std::string>& flags) {
  for (const CheckInfo& c : all_checks()) enabled_.insert(std::string(c.id));
  apply(flags);
}

void CheckFilter::apply(const std::vector<std::string>& flags) {
  for (const std::string& f : flags) {
    const bool off = f.starts_with("no-");
    const std::string id = off ? f.substr(3) : f;
    if (id == "all") {
      for (const CheckInfo& c : all_checks()) {
        if (off) enabled_.erase(std::string(c.id));
        else enabled_.insert(std::string(c.id));
      }
    } else if (off) {
      enabled_.erase(id);
    } else {
      enabled_.insert(id);
    }
  }
}

bool CheckFilter::enabled(std::string_view id) const { return enabled_.find(id) != enabled_.end(); }

RunMessage configuration_error(const Error& e) {
  RunMessage m;
  m.level = Severity::error;
  m.text = e.message;
  m.configuration = true;
  if (e.where) {
    m.path = e.where->path;
    m.line = e.where->line;
    m.column = e.where->column;
  }
  return m;
}

SettingsResolver::SettingsResolver(const Options& options, std::vector<RunMessage>& messages)
    : options_(options), messages_(messages) {}

SettingsResolver::~SettingsResolver() = default;

const FileSettings& SettingsResolver::for_path(const std::string& path) {
  if (options_.no_config) return for_config(std::nullopt);
  if (options_.config) return for_config(*options_.config);
  const std::size_t slash = path.rfind('/');
  const std::string_view prefix =
      slash == std::string::npos ? std::string_view() : std::string_view(path).substr(0, slash + 1);
  if (last_settings_ && path != "<stdin>" && prefix == last_prefix_) return *last_settings_;
  std::string dir = path == "<stdin>" ? "." : fs::path(path).parent_path().string();
  if (dir.empty()) dir = ".";
  auto it = dir_to_config_.find(dir);
  if (it == dir_to_config_.end()) it = dir_to_config_.emplace(dir, find_config(dir)).first;
  const FileSettings& settings = for_config(it->second);
  if (path != "<stdin>") {
    last_prefix_.assign(prefix);
    last_settings_ = &settings;
  }
  return settings;
}

const FileSettings& SettingsResolver::for_config(const std::optional<std::string>& config_path) {
  const std::string key = config_path.value_or("");
  if (auto it = settings_.find(key); it != settings_.end()) return *it->second;
  auto settings = std::make_unique<FileSettings>();
  const Config* config = nullptr;
  if (config_path) {
    Expected<Config> loaded = load_config(*config_path);
    if (loaded) {
      config = configs_.emplace(key, std::make_unique<Config>(std::move(*loaded))).first->second.get();
    } else {
      messages_.push_back(configuration_error(loaded.error()));
      broken_ = true;
    }
  }
  settings->config = config;
  // Rules: built-in, then --rules, then the config's directories.
  auto rules = std::make_unique<RuleSet>();
  std::vector<Error> errors;
  if (!options_.no_builtin_rules) errors = rules->load_builtin();
  std::vector<std::string> dirs = options_.rule_dirs;
  if (config) dirs.insert(dirs.end(), config->rule_dirs.begin(), config->rule_dirs.end());
  for (const std::string& dir : dirs) {
    std::vector<Error> more = rules->load_directory(dir);
    errors.insert(errors.end(), more.begin(), more.end());
  }
  // The built-in rules and --rules are shared by every config: report
  // their problems once.
  const bool first = rule_sets_.empty();
  for (const Error& e : errors) {
    const bool own = config && e.where &&
                     std::any_of(config->rule_dirs.begin(), config->rule_dirs.end(),
                                 [&](const std::string& d) { return e.where->path.starts_with(d); });
    if (first || own || !e.where) messages_.push_back(configuration_error(e));
    broken_ = true;
  }
  settings->rules = rule_sets_.emplace(key, std::move(rules)).first->second.get();
  // Checks: config first, the command line last (it wins).
  if (config) {
    std::vector<std::string> flags = config->enable;
    for (const std::string& d : config->disable) flags.push_back("no-" + d);
    settings->filter.apply(flags);
    settings->severity = config->severity;
    if (config->lang) {
      settings->lang = *config->lang;
      settings->lang_given = true;
    }
    settings->date = config->date;
    if (config->input_format) settings->input_format = parse_input_format(*config->input_format);
  }
  settings->filter.apply(options_.warning_flags);
  if (!options_.lang.empty()) {
    settings->lang = options_.lang;
    settings->lang_given = true;
  }
  if (options_.date) settings->date = options_.date;
  if (options_.input_format) settings->input_format = options_.input_format;
  settings->encoding = options_.encoding;
  return *settings_.emplace(key, std::move(settings)).first->second;
}

}  // namespace claimlint
