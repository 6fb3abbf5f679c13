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
