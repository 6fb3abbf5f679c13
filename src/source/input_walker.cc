// Input discovery: turns command-line paths into the files to read.
#include "source/input_walker.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace claimlint {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view k_extensions[] = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"};

void walk(const fs::path& dir, std::set<fs::path>& visited, const WalkFilter& keep, std::vector<InputItem>& out) {
  std::error_code ec;
  const fs::path canonical = fs::canonical(dir, ec);
  if (ec) {
    out.push_back({dir.string(), false, ec.message()});
    return;
  }
  if (!visited.insert(canonical).second) return;  // a symlink loop or a second path to it
  // Each entry with its name, made once: sorting by path::filename() made
  // two paths per comparison (a directory of 1,000 files: 20,000). A
  // filename is one element, which paths compare as strings.
  std::vector<std::pair<std::string, fs::directory_entry>> entries;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    out.push_back({dir.string(), false, ec.message()});
    return;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    entries.emplace_back(it->path().filename().string(), *it);
  }
  if (ec) out.push_back({dir.string(), false, ec.message()});
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [name, e] : entries) {
    if (name.starts_with(".")) continue;
    std::error_code sec;
    if (e.is_directory(sec)) {
      walk(e.path(), visited, keep, out);
    } else if (e.is_regular_file(sec) && (keep ? keep(e.path().string()) : is_article_extension(name))) {
      out.push_back({e.path().string(), false, {}});
    }
  }
}

}  // namespace

bool is_article_extension(std::string_view path) {
  std::string lower(path);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(std::begin(k_extensions), std::end(k_extensions),
                     [&](std::string_view ext) { return lower.ends_with(ext); });
}

std::vector<InputItem> expand_inputs(const std::vector<std::string>& paths, const WalkFilter& keep) {
  std::vector<InputItem> out;
  std::set<fs::path> visited;
  for (const std::string& p : paths) {
    if (p == "-") {
      out.push_back({"<stdin>", true, {}});
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      out.push_back({p, false, ec ? ec.message() : std::strerror(ENOENT)});
    } else if (fs::is_directory(st)) {
      const std::size_t before = out.size();
      walk(p, visited, keep, out);
      if (out.size() == before) out.push_back({p, false, {}, true});
    } else {
      out.push_back({p, false, {}});
    }
  }
  return out;
}

Expected<std::string> read_input(const InputItem& item, std::size_t max_size, bool* regular) {
  if (regular) *regular = false;
  // O_NONBLOCK so that opening a FIFO without a writer cannot hang the run
  // (issue 10); reads then block again, and a FIFO with no writer reads
  // as empty. (On a regular file the flag changes nothing: no fcntl.)
  const int fd = item.is_stdin ? STDIN_FILENO : ::open(item.path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return Error{std::strerror(errno), std::nullopt};
  auto too_big = [&](std::size_t size) {
    return Error{fmt::format("{} bytes is over the --max-file-size limit of {} bytes", size, max_size), std::nullopt};
  };
  struct stat st {};
  const bool stat_ok = !item.is_stdin && ::fstat(fd, &st) == 0;
  if (!item.is_stdin && !(stat_ok && S_ISREG(st.st_mode))) {
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  }
  if (stat_ok) {
    if (S_ISDIR(st.st_mode)) {
      ::close(fd);
      return Error{std::strerror(EISDIR), std::nullopt};
    }
    if (S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > max_size) {
      ::close(fd);
      return too_big(static_cast<std::size_t>(st.st_size));
    }
  }
  // Read straight into the string. A regular file asks for one byte more
  // than its size: a read that comes back short at the size is the end of
  // the file, so most files take one read call instead of two (the second
  // returning 0). A pipe, stdin, a file that says size 0 (procfs) or one
  // that grew since fstat reads on in 64 KiB steps until a read gives
  // nothing.
  constexpr std::size_t k_step = 64 * 1024;
  const bool sized = !item.is_stdin && stat_ok && S_ISREG(st.st_mode);
  const std::size_t size = sized ? static_cast<std::size_t>(st.st_size) : 0;
  std::string data(sized ? size + 1 : k_step, '\0');
  std::size_t got = 0;
  for (;;) {
    if (got == data.size()) data.resize(got + k_step);
    const ssize_t n = ::read(fd, data.data() + got, data.size() - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int saved = errno;
      if (!item.is_stdin) ::close(fd);
      return Error{std::strerror(saved), std::nullopt};
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
    if (got > max_size) {
      // A pipe or stdin (or a growing file) past the limit: stop reading.
      if (!item.is_stdin) ::close(fd);
      return too_big(got);
    }
    if (sized && got == size) break;
  }
  data.resize(got);
  if (!item.is_stdin) ::close(fd);
  if (regular) *regular = stat_ok && S_ISREG(st.st_mode);
  return data;
}

}  // namespace claimlint
