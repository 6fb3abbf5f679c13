// Tests for source/input_walker: sorted walks, hidden entries, loops.
#include "source/input_walker.h"

#include <filesystem>

#include <catch2/catch.hpp>

#include "support/run_binary.h"

using namespace claimlint;
using claimlint::testing::TempDir;

TEST_CASE("directories are walked recursively in sorted order", "[source]") {
  TempDir dir;
  dir.write("b.txt", "b");
  dir.write("a.md", "a");
  dir.write("sub/c.html", "c");
  dir.write(".hidden/d.txt", "d");
  dir.write(".e.txt", "e");
  dir.write("notes.expected", "x");
  const std::vector<InputItem> items = expand_inputs({dir.path()});
  REQUIRE(items.size() == 3);
  CHECK(items[0].path == dir.path() + "/a.md");
  CHECK(items[1].path == dir.path() + "/b.txt");
  CHECK(items[2].path == dir.path() + "/sub/c.html");
}

TEST_CASE("a symlink loop is visited once", "[source]") {
  TempDir dir;
  dir.write("x/a.txt", "a");
  std::filesystem::create_directory_symlink(dir.path() + "/x", dir.path() + "/x/loop");
  const std::vector<InputItem> items = expand_inputs({dir.path()});
  REQUIRE(items.size() == 1);
  CHECK(items[0].error.empty());
}

TEST_CASE("missing paths and stdin", "[source]") {
  const std::vector<InputItem> items = expand_inputs({"/no/such/file.txt", "-"});
  REQUIRE(items.size() == 2);
  CHECK(items[0].error == "No such file or directory");
  CHECK(items[1].is_stdin);
  CHECK(items[1].path == "<stdin>");
}

TEST_CASE("read_input reads a file whole, whatever its size says", "[source]") {
  TempDir dir;
  for (const std::size_t size : {0, 1, 3, 4095, 4096, 65535, 65536, 65537, 200000}) {
    INFO(size);
    std::string text(size, 'x');
    for (std::size_t i = 0; i < size; ++i) text[i] = static_cast<char>('a' + i % 26);
    dir.write("f.txt", text);
    bool regular = false;
    const Expected<std::string> read = read_input(InputItem{dir.path() + "/f.txt", false, {}}, 1 << 20, &regular);
    REQUIRE(read);
    CHECK(*read == text);
    CHECK(regular);
  }
  // A file whose size is known is refused before it is read; the limit
  // itself is allowed.
  dir.write("big.txt", std::string(100, 'x'));
  CHECK(read_input(InputItem{dir.path() + "/big.txt", false, {}}, 100));
  const Expected<std::string> over = read_input(InputItem{dir.path() + "/big.txt", false, {}}, 99);
  REQUIRE_FALSE(over);
  CHECK(over.error().message == "100 bytes is over the --max-file-size limit of 99 bytes");
}

TEST_CASE("read_input reads a regular file that says it is empty to its end", "[source]") {
  // procfs files say size 0 and hold text: the size is a hint, the end of
  // the file is where a read gives nothing.
  if (!std::filesystem::exists("/proc/self/status")) return;
  const Expected<std::string> read = read_input(InputItem{"/proc/self/status", false, {}});
  REQUIRE(read);
  CHECK(read->find("Name:") == 0);
  CHECK(read->find("\nPid:") != std::string::npos);
}
