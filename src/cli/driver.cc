// The driver: runs the subcommand over the inputs, renders, and decides
// the exit status (DESIGN "Command line").
#include "cli/driver.h"

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <list>
#include <mutex>
#include <optional>
#include <span>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>

#include "check/suppressions.h"
#include "check/value_conflict.h"
#include "index/claim_index.h"
#include "index/claims_file.h"
#include "source/input_walker.h"
#include "util/huge_pages.h"
#include "util/keep_until_exit.h"
#include "util/parallel.h"
#include "cli/extract_command.h"
#include "cli/pipeline.h"
#include "diag/check_registry.h"
#include "report/baseline.h"
#include "report/location.h"
#include "report/renderer.h"

namespace claimlint {
namespace {

bool use_color(const Options& o, const Streams& s) {
  if (o.color == ColorMode::always) return true;
  if (o.color == ColorMode::never) return false;
  const char* no_color = std::getenv("NO_COLOR");
  return s.stdout_is_tty && (no_color == nullptr || *no_color == '\0');
}

int list_checks(Streams& s) {
  for (const CheckInfo& c : all_checks()) {
    s.out += fmt::format("{:<20} {:<8} {}{}\n", c.id, severity_name(c.severity), c.summary,
                         c.implemented ? "" : " (not yet implemented)");
  }
  return 0;
}

int explain(const std::string& id, Streams& s) {
  const CheckInfo* c = find_check(id);
  s.out += fmt::format("{} ({} by default){}\n\n{}\n", c->id, severity_name(c->severity),
                       c->implemented ? "" : " (not yet implemented)", c->explain);
  return 0;
}

// --jobs, or every core.
unsigned job_count(const Options& options) {
  return options.jobs != 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
}

// Which part of the reduce a run does (--shard K/N): claim groups whose key
// hashes to K, and the document findings of files whose path does.
struct Shard {
  std::size_t index = 0;
  std::size_t count = 1;
  bool owns(std::string_view key) const {
    if (count <= 1) return true;
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (const char c : key) {
      h ^= static_cast<unsigned char>(c);
      h *= 0x100000001b3ULL;
    }
    return h % count == index;
  }
};

// One document as the reduce step sees it, from a one-shot run or a claims
// file.
struct FileEntry {
  const SourceFile* file = nullptr;
  std::size_t order = 0;
  bool reference = false;
  bool analysed = false;
  bool directives = false;  ///< may hold suppression directives
  const FileSettings* settings = nullptr;
  std::vector<Diagnostic> diagnostics;
  std::vector<Claim> claims;  ///< those the corpus checks can compare
  std::size_t claim_count = 0;  ///< all bound claims, for --stats
};

// Works out, while `file` is in memory, the lines and columns the report
// will ask of it: those of its kept claims (the corpus checks point at
// them) and of its document findings. The report then reads the file
// again only for excerpts (issue 9).
void remember_finding_positions(const SourceFile& file, const std::vector<Claim>& claims,
                                const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::size_t> offsets;
  offsets.reserve(2 * claims.size());
  auto add = [&](const SourceRange& r) {
    if (r.file != file.id()) return;
    offsets.push_back(r.bytes.begin);
    offsets.push_back(r.bytes.end);
  };
  auto add_fixits = [&](const std::vector<FixIt>& fixits) {
    for (const FixIt& f : fixits) add(f.range);
  };
  for (const Claim& c : claims) add(c.range);
  for (const Diagnostic& d : diagnostics) {
    add(d.range);
    add_fixits(d.fixits);
    for (const Note& n : d.notes) {
      add(n.range);
      add_fixits(n.fixits);
    }
  }
  if (!offsets.empty()) remember_positions(file, std::move(offsets));
}

// The reduce step: document findings, corpus checks, suppressions. The
// files' own findings are moved out (the report reads the files, not them).
std::vector<Diagnostic> reduce(std::vector<FileEntry>& files, const Shard& shard, unsigned jobs,
                               StageTimes& times) {
  std::vector<Diagnostic> diagnostics;
  std::vector<const SourceFile*> linted;
  ClaimIndex index;
  {
    StageTimer timer(times, Stage::index);
    for (FileEntry& f : files) {
      if (!f.reference) {
        // Only files with a directive are read again for suppressions.
        if (f.directives) linted.push_back(f.file);
        if (shard.owns(f.file->name())) {
          diagnostics.insert(diagnostics.end(), std::make_move_iterator(f.diagnostics.begin()),
                             std::make_move_iterator(f.diagnostics.end()));
          f.diagnostics.clear();
        }
      }
      // Claims of every input, reference material included.
      for (const Claim& c : f.claims) {
        if (shard.count <= 1 || shard.owns(claim_key(c))) index.add(c, f.order, f.reference);
      }
    }
  }
  memory::advise_heap_growth();
  StageTimer timer(times, Stage::check);
  // The settings of each file, by file id (null where none).
  std::vector<const FileSettings*> settings_of;
  for (const FileEntry& f : files) {
    const auto id = static_cast<std::size_t>(f.file->id());
    if (id >= settings_of.size()) settings_of.resize(id + 1, nullptr);
    settings_of[id] = f.settings;
  }
  for (Diagnostic& d : check_value_conflicts(index, jobs)) {
    const auto id = static_cast<std::size_t>(d.range.file);
    const FileSettings* fs = id < settings_of.size() ? settings_of[id] : nullptr;
    if (!fs || !fs->filter.enabled(d.check)) continue;
    if (auto it = fs->severity.find(d.check); it != fs->severity.end()) d.severity = it->second;
    diagnostics.push_back(std::move(d));
  }
  memory::advise_heap_growth();
  apply_suppressions(diagnostics, linted, [&](const SourceFile& f) { return shard.owns(f.name()); });
  // Left for the system to take back at exit (keep_until_exit.h).
  memory::keep_until_exit(std::move(index));
  return diagnostics;
}

// The files the report has read again for excerpts, most recently used
// first, released once they exceed k_budget bytes.
class RecentFiles {
 public:
  static constexpr std::size_t k_budget = std::size_t{32} << 20;
  void use(const SourceFile& file) {
    if (auto it = where_.find(&file); it != where_.end()) {
      order_.splice(order_.begin(), order_, it->second);
      return;
    }
    order_.push_front(&file);
    where_.emplace(&file, order_.begin());
    bytes_ += file.size();
  }
  // Releases the least recently used files until the rest fit the budget;
  // the most recent one stays.
  void trim() {
    while (bytes_ > k_budget && order_.size() > 1) {
      const SourceFile* last = order_.back();
      order_.pop_back();
      where_.erase(last);
      bytes_ -= last->size();
      last->release();
    }
  }
  ~RecentFiles() {
    for (const SourceFile* f : order_) f->release();
  }

 private:
  std::list<const SourceFile*> order_;
  std::unordered_map<const SourceFile*, std::list<const SourceFile*>::iterator> where_;
  std::size_t bytes_ = 0;
};

// Baselines, rendering, the summary line, --stats and the exit status.
int report(std::vector<Diagnostic> diagnostics, std::vector<RunMessage> messages, const SourceManager& sources,
           const std::vector<FileEntry>& files, bool input_error, bool config_broken, const Options& options,
           Streams& streams, StageTimes& times, std::chrono::steady_clock::time_point wall_start) {
  std::optional<StageTimer> timer;
  timer.emplace(times, Stage::report);
  if (options.write_baseline) {
    std::ofstream out(*options.write_baseline, std::ios::binary);
    out << write_baseline(diagnostics, sources);
    if (!out) {
      messages.push_back({Severity::error, fmt::format("cannot write baseline '{}'", *options.write_baseline), {}, 0, 0, false, 0});
      input_error = true;
    }
  }
  if (options.baseline) {
    Expected<std::vector<std::string>> baseline = read_baseline(*options.baseline);
    if (baseline) {
      subtract_baseline(diagnostics, sources, std::move(*baseline));
    } else {
      messages.push_back({Severity::error, baseline.error().message, {}, 0, 0, false, 0});
      input_error = true;
    }
  }
  sort_diagnostics(diagnostics, sources);
  sort_run_messages(messages);
  const bool color = use_color(options, streams);
  // Line-oriented formats are rendered one file's findings at a time; the
  // files re-read for excerpts are kept while they fit a fixed budget and
  // dropped least recently used first, so that the report holds a few
  // megabytes of text, not the corpus, and a file named by many notes is
  // not read again for each (issue 9).
  RecentFiles held;
  auto render_chunk = [&](std::span<const Diagnostic> chunk) {
    switch (options.format) {
      case OutputFormat::text: streams.out += render_text(chunk, sources, {color}); break;
      case OutputFormat::jsonl: streams.out += render_json(chunk, sources, true); break;
      case OutputFormat::github: streams.out += render_github(chunk, sources); break;
      default: break;
    }
    for (const Diagnostic& d : chunk) {
      if (d.range.file != FileId::invalid) held.use(sources.get(d.range.file));
      for (const Note& n : d.notes) {
        if (n.range.file != FileId::invalid) held.use(sources.get(n.range.file));
      }
    }
    held.trim();
  };
  switch (options.format) {
    case OutputFormat::json: streams.out += render_json(diagnostics, sources, false); break;
    case OutputFormat::sarif: streams.out += render_sarif(diagnostics, sources, messages); break;
    default:
      for (std::size_t begin = 0; begin < diagnostics.size();) {
        std::size_t end = begin + 1;
        while (end < diagnostics.size() && diagnostics[end].range.file == diagnostics[begin].range.file) ++end;
        render_chunk(std::span<const Diagnostic>(diagnostics).subspan(begin, end - begin));
        streams.flush_out();
        begin = end;
      }
  }
  for (const SourceFile* f : sources.changed()) {
    messages.push_back({Severity::warning,
                        fmt::format("'{}' changed on disk during the run; its lines and excerpts may not match",
                                    f->name()),
                        f->name(), 0, 0, false, 0});
  }
  for (const RunMessage& m : messages) streams.err += render_run_message(m, false);
  timer.reset();
  if (options.stats) {
    std::size_t bytes = 0;
    std::size_t claims = 0;
    for (const FileEntry& f : files) {
      bytes += f.file->size();
      claims += f.claim_count;
    }
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
    streams.err += stats_json(files.size(), bytes, claims, times, wall);
  }
  if (options.format == OutputFormat::text && !options.quiet) {
    // Every input is accounted for (issue 10): analysed, skipped, or failed.
    std::size_t analysed = 0;
    std::size_t skipped = 0;
    for (const FileEntry& f : files) {
      if (f.reference) continue;
      (f.analysed ? analysed : skipped) += 1;
    }
    std::size_t failed = 0;
    for (const RunMessage& m : messages) failed += (m.level == Severity::error && !m.configuration) ? 1 : 0;
    auto plural = [](std::size_t n, std::string_view word) {
      return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
    };
    streams.err += fmt::format("{}, {}, {} skipped{}\n", plural(analysed, "file"), plural(diagnostics.size(), "diagnostic"),
                               skipped, failed ? fmt::format(", {} failed", failed) : "");
  }
  int status = 0;
  if (input_error || config_broken) {
    status = 2;
  } else if (std::any_of(diagnostics.begin(), diagnostics.end(),
                         [&](const Diagnostic& d) { return d.severity >= options.fail_on; })) {
    status = 1;
  }
  // Left for the system to take back at exit (keep_until_exit.h).
  memory::keep_until_exit(std::move(diagnostics));
  return status;
}

// Reads every input (and --against material) and runs the front end.
struct MapStep {
  std::vector<InputFile> inputs;
  std::vector<DocumentResult> results;
};

MapStep map_inputs(const Options& options, SettingsResolver& resolver, SourceManager& sources,
                   std::vector<RunMessage>& messages, bool& input_error, StageTimes& times,
                   const DocumentHook& hook, const ResultEmitter& emit = {}) {
  MapStep step;
  step.inputs = read_inputs(options.paths, false, options.max_file_size, resolver, sources, messages, input_error, &times);
  for (const std::string& path : options.against) {
    // Reference material is read the same way; its problems still count.
    std::vector<InputFile> refs =
        read_inputs({path}, true, options.max_file_size, resolver, sources, messages, input_error, &times);
    step.inputs.insert(step.inputs.end(), refs.begin(), refs.end());
  }
  step.results = run_front_end(step.inputs, options, false, hook, emit);
  for (const DocumentResult& r : step.results) {
    times.add(r.times);
    messages.insert(messages.end(), r.messages.begin(), r.messages.end());
    if (r.failed) input_error = true;
  }
  return step;
}

int lint(const Options& options, Streams& streams) {
  const auto wall_start = std::chrono::steady_clock::now();
  memory::free_kept();
  StageTimes times;
  std::vector<RunMessage> messages;
  bool input_error = false;
  SettingsResolver resolver(options, messages);
  // Owned by pointer: left to the system at exit with the claims (a
  // SourceManager, holding a mutex, cannot be moved).
  auto sources_owner = std::make_unique<SourceManager>();
  SourceManager& sources = *sources_owner;
  // Only claims with a key can meet another claim in the corpus checks;
  // the document checks have run. The others are dropped on the worker,
  // and the lines and columns of what is kept are worked out there, while
  // the text is in memory.
  const DocumentHook keep_comparable = [](const InputFile& input, DocumentResult& r) {
    {
      // Choosing what the index gets: timed with it.
      StageTimer timer(r.times, Stage::index);
      std::erase_if(r.claims, [](const Claim& c) { return !has_claim_key(c); });
      r.claims.shrink_to_fit();
    }
    // The report's work, done early: timed with it.
    StageTimer timer(r.times, Stage::report);
    remember_finding_positions(*input.file, r.claims, r.diagnostics);
  };
  MapStep step = map_inputs(options, resolver, sources, messages, input_error, times, keep_comparable);
  std::vector<FileEntry> files;
  for (std::size_t i = 0; i < step.inputs.size(); ++i) {
    DocumentResult& r = step.results[i];
    const InputFile& in = step.inputs[i];
    if (r.failed) continue;  // reported as failed, not as skipped
    files.push_back({in.file, in.order, in.reference, r.analysed, r.directives, in.settings, std::move(r.diagnostics),
                     std::move(r.claims), r.claim_count});
  }
  // What is left of the results is not needed again: freed now, its
  // memory serves the index. The files and their claims, needed until the
  // report is out, are left for the system to take back at exit
  // (keep_until_exit.h).
  step = MapStep{};
  std::vector<Diagnostic> diagnostics = reduce(files, Shard{}, job_count(options), times);
  const int status = report(std::move(diagnostics), std::move(messages), sources, files, input_error,
                            resolver.broken(), options, streams, times, wall_start);
  memory::keep_until_exit(std::move(files));
  memory::keep_until_exit(std::move(sources_owner));
  return status;
}

// `extract --claims`: the map step alone, one JSON line per document.
int extract_claims(const Options& options, Streams& streams) {
  const auto wall_start = std::chrono::steady_clock::now();
  StageTimes times;
  std::vector<RunMessage> messages;
  bool input_error = false;
  SettingsResolver resolver(options, messages);
  SourceManager sources;
  // Each record is written on the worker; the claims are then dropped.
  const DocumentHook write_record = [](const InputFile& input, DocumentResult& r) {
    StageTimer timer(r.times, Stage::report);
    r.records = write_document_record(*input.file, input.reference, true, r.diagnostics, r.claims, r.messages);
    r.claims = std::vector<Claim>();
    r.diagnostics = std::vector<Diagnostic>();
  };
  const ResultEmitter emit = [&](const InputFile& input, DocumentResult& r) {
    if (r.failed) return;
    if (r.analysed) {
      streams.out += r.records;
    } else {
      streams.out += write_document_record(*input.file, input.reference, false, r.diagnostics, r.claims, r.messages);
    }
    std::string().swap(r.records);  // frees; assigning may keep the buffer
    streams.flush_out();
  };
  MapStep step = map_inputs(options, resolver, sources, messages, input_error, times, write_record, emit);
  // Skipped-file notes travel in the records and are printed by check.
  std::erase_if(messages, [](const RunMessage& m) { return m.level == Severity::note && !m.configuration; });
  sort_run_messages(messages);
  for (const RunMessage& m : messages) streams.err += render_run_message(m, false);
  if (options.stats) {
    std::size_t bytes = 0;
    std::size_t claims = 0;
    for (std::size_t i = 0; i < step.inputs.size(); ++i) {
      bytes += step.inputs[i].file->size();
      claims += step.results[i].claim_count;
    }
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
    streams.err += stats_json(step.inputs.size(), bytes, claims, times, wall);
  }
  return input_error || resolver.broken() ? 2 : 0;
}

// `check --claims FILE...`: the reduce step over saved claims.
int check_claims(const Options& options, Streams& streams) {
  const auto wall_start = std::chrono::steady_clock::now();
  memory::free_kept();
  StageTimes times;
  std::vector<RunMessage> messages;
  bool input_error = false;
  Shard shard;
  if (options.shard) {
    shard.index = options.shard->first;
    shard.count = options.shard->second;
  }
  SettingsResolver resolver(options, messages);
  SourceManager sources;
  std::vector<FileEntry> files;
  std::size_t order = 0;
  // The claims are kept to the end, as lint's are: on huge pages.
  memory::prepare_heap_growth();
  for (const std::string& claims_path : options.paths) {
    // Read record by record: a claims file is about as large as the corpus
    // it describes, and only its comparable claims are kept.
    std::ifstream file_in;
    if (claims_path != "-") {
      std::error_code ec;
      if (std::filesystem::is_directory(claims_path, ec)) errno = EISDIR;
      else file_in.open(claims_path, std::ios::binary);
      if (!file_in.is_open()) {
        messages.push_back({Severity::error, fmt::format("cannot read '{}': {}", claims_path, std::strerror(errno)), {}, 0, 0, false, 0});
        input_error = true;
        continue;
      }
    }
    std::istream& in = claims_path == "-" ? std::cin : file_in;
    // A bad line rejects the whole file, as if none of it had been read.
    const std::size_t files_before = files.size();
    const std::size_t messages_before = messages.size();
    const std::size_t order_before = order;
    const bool input_error_before = input_error;
    const auto add_batch = [&](std::span<DocumentRecord> batch) {
      // The original files again, for excerpts, lines and columns: checked
      // now, read again by the report when it needs an excerpt. Ids are
      // given in file order here; the files are read and scanned on the
      // worker threads.
      std::vector<const SourceFile*> originals;
      originals.reserve(batch.size());
      for (const DocumentRecord& rec : batch) {
        originals.push_back(&sources.add(InputItem{rec.path, false, {}}, options.max_file_size));
      }
      std::vector<std::optional<Error>> load_errors(batch.size());
      std::vector<char> directives(batch.size(), 0);
      parallel_for(batch.size(), job_count(options), [&](std::size_t i) {
        const SourceFile& file = *originals[i];
        load_errors[i] = file.load();
        if (load_errors[i]) return;
        directives[i] = may_have_suppressions(file.display_text());
        attach_file(batch[i], file.id());
        remember_finding_positions(file, batch[i].claims, batch[i].diagnostics);
        file.release();
        // Kept to the end: only the comparable claims, without the spare
        // capacity of a growing vector.
        batch[i].claims.shrink_to_fit();
        memory::advise_thread_heap();
      });
      memory::advise_heap_growth();
      for (std::size_t i = 0; i < batch.size(); ++i) {
        DocumentRecord& rec = batch[i];
        ++order;
        if (load_errors[i]) {
          messages.push_back({Severity::error, fmt::format("cannot read '{}': {}", rec.path, load_errors[i]->message),
                              rec.path, 0, 0, false, order});
          input_error = true;
          continue;
        }
        if (!rec.reference && shard.owns(rec.path)) {
          for (RunMessage& m : rec.messages) {
            m.order = order;
            messages.push_back(std::move(m));
          }
        }
        files.push_back({originals[i], order, rec.reference, rec.analysed, directives[i] != 0,
                         &resolver.for_path(rec.path), std::move(rec.diagnostics), std::move(rec.claims),
                         rec.claim_count});
      }
    };
    // Only claims with a key can meet another claim in the corpus checks,
    // and a shard checks only the keys it owns: the others are dropped as
    // they are read.
    const ClaimFilter keep = [&](const Claim& c) {
      return has_claim_key(c) && (shard.count <= 1 || shard.owns(claim_key(c)));
    };
    std::optional<Error> e;
    {
      // Reading the claims, and the originals they point into.
      StageTimer timer(times, Stage::read);
      e = read_claims_batches(claims_path, in, add_batch, job_count(options), keep);
    }
    if (e) {
      files.resize(files_before);
      messages.resize(messages_before);
      order = order_before;
      input_error = input_error_before;
      if (e->where) {
        messages.push_back({Severity::error, e->message, claims_path, e->where->line, e->where->column, false});
      } else {
        messages.push_back({Severity::error, fmt::format("cannot read '{}': {}", claims_path, e->message), {}, 0, 0, false, 0});
      }
      input_error = true;
    }
  }
  std::vector<Diagnostic> diagnostics = reduce(files, shard, job_count(options), times);
  if (shard.count > 1) {
    // Each shard counts only the files it owns, so that the summaries of N
    // shards add up to the one-shot summary.
    std::erase_if(files, [&](const FileEntry& f) { return !shard.owns(f.file->name()); });
  }
  const int status = report(std::move(diagnostics), std::move(messages), sources, files, input_error,
                            resolver.broken(), options, streams, times, wall_start);
  // Left for the system to take back at exit (keep_until_exit.h).
  memory::keep_until_exit(std::move(files));
  return status;
}

}  // namespace

std::vector<DocumentResult> run_front_end(const std::vector<InputFile>& inputs, const Options& options,
                                          bool each_line, const DocumentHook& hook, const ResultEmitter& emit,
                                          Findings findings) {
  memory::prepare_heap_growth();
  std::vector<DocumentResult> results(inputs.size());
  // Each result lands at its input's index, so output does not depend on
  // which worker finished first (issue 9: --jobs N equals --jobs 1).
  std::mutex emit_mutex;
  std::vector<char> done(inputs.size(), 0);
  std::size_t emitted = 0;
  auto finish = [&](std::size_t i) {
    if (!emit) return;
    std::lock_guard lock(emit_mutex);
    done[i] = 1;
    while (emitted < inputs.size() && done[emitted]) {
      emit(inputs[emitted], results[emitted]);
      ++emitted;
    }
  };
  parallel_for(inputs.size(), job_count(options), [&](std::size_t i) {
    // A bug in one document's analysis must not take the others down
    // (issue 10): it becomes an error naming the file.
    try {
      results[i] = front_end(inputs[i], each_line, findings);
      if (hook && results[i].doc) hook(inputs[i], results[i]);
      results[i].doc.reset();
      std::vector<DateMention>().swap(results[i].dates);
      inputs[i].file->release();
      memory::advise_heap_growth();
      memory::advise_thread_heap();
    } catch (const std::exception& e) {
      results[i] = DocumentResult{};
      results[i].messages.push_back({Severity::error,
                                     fmt::format("internal error while analysing '{}': {}", inputs[i].file->name(),
                                                 e.what()),
                                     inputs[i].file->name(), 0, 0, false, inputs[i].order});
    }
    finish(i);
  });
  return results;
}

int run(const Options& options, Streams& streams) {
  if (options.version) {
    streams.out += fmt::format("claimlint {}\n", CLAIMLINT_VERSION);
    return 0;
  }
  if (options.list_checks) return list_checks(streams);
  if (options.explain) return explain(*options.explain, streams);
  switch (options.command) {
    case Command::lint: return lint(options, streams);
    case Command::extract: return options.claims ? extract_claims(options, streams) : run_extract(options, streams);
    case Command::check: return check_claims(options, streams);
  }
  return 2;
}

}  // namespace claimlint
