// The entry point behind main(): parse, run, write, exit status.
#include "cli/cli_main.h"

#include <cstdio>
#include <exception>
#include <string_view>

#include <unistd.h>

#include "cli/driver.h"
#include "cli/options.h"

namespace claimlint {
namespace {

void write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t n = ::write(fd, text.data(), text.size());
    if (n <= 0) return;  // a closed pipe: nothing more can be said
    text.remove_prefix(static_cast<std::size_t>(n));
  }
}

}  // namespace

int cli_main(int argc, char** argv) {
  try {
    ParseOutcome parsed = parse_options(argc, argv);
    if (!parsed.options) {
      write_all(STDOUT_FILENO, parsed.out);
      write_all(STDERR_FILENO, parsed.err);
      return parsed.exit_status;
    }
    Streams streams;
    streams.stdout_is_tty = ::isatty(STDOUT_FILENO) == 1;
    streams.sink_out = [](std::string_view text) { write_all(STDOUT_FILENO, text); };
    const int status = run(*parsed.options, streams);
    write_all(STDOUT_FILENO, streams.out);
    write_all(STDERR_FILENO, streams.err);
    return status;
  } catch (const std::exception& e) {
    // Last resort; reaching it is a bug (STYLE "Errors").
    write_all(STDERR_FILENO, std::string("claimlint: internal error: ") + e.what() + "\n");
    return 2;
  }
}

}  // namespace claimlint
