// CLI tests: the built binary's whole output and exit status.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "support/run_binary.h"

using namespace claimlint::testing;

namespace {

const std::string k_repeat =
    "The council approved a budget of 40 million euros on Tuesday evening.\n"
    "Opposition members said the figure left too little for schools.\n";

}  // namespace

TEST_CASE("a clean file gives no output and exit 0", "[cli]") {
  TempDir dir;
  const std::string f = dir.write("clean.txt", "The council approved a budget of 40 million euros.\n");
  const RunResult r = run_claimlint({f});
  CHECK(r.out.empty());
  CHECK(r.err == "1 file, 0 diagnostics, 0 skipped\n");
  CHECK(r.status == 0);
  CHECK(run_claimlint({"-q", f}).err.empty());
  CHECK(run_claimlint({"--format=json", f}).err.empty());
}

TEST_CASE("a repeated passage is a warning, exit 1, whole output", "[cli]") {
  TempDir dir;
  dir.write("story.txt", "Budget passes\n" + k_repeat + k_repeat);
  const RunResult r = run_claimlint({"--color=never", "story.txt"}, dir.path());
  CHECK(r.out ==
        "story.txt:4:1: warning: passage of 2 paragraphs (22 words) repeats an earlier one [duplicate-passage]\n"
        "    The council approved a budget of 40 million euros on Tuesday evening.\n"
        "    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
        "story.txt:2:1: note: first occurrence is here\n"
        "    The council approved a budget of 40 million euros on Tuesday evening.\n"
        "    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n");
  CHECK(r.status == 1);
  CHECK(run_claimlint({"--fail-on=error", "story.txt"}, dir.path()).status == 0);
  CHECK(run_claimlint({"-Wno-duplicate-passage", "story.txt"}, dir.path()).out.empty());
}

TEST_CASE("bad inputs each get a message naming them, the others are still reported", "[cli]") {
  TempDir dir;
  dir.write("a-bad-utf8.txt", "Prices rose 5% in caf\xE9s.\nAnd \xFF again.\n");
  dir.write("b-binary.txt", std::string("PK\x03\x04\0\0", 6));
  dir.write("c-empty.txt", "");
  const std::string locked = dir.write("d-locked.txt", "secret");
  chmod(locked.c_str(), 0);
  dir.write("e-story.txt", "Budget passes\n" + k_repeat + k_repeat);
  const RunResult r = run_claimlint({"--color=never", "a-bad-utf8.txt", "b-binary.txt", "c-empty.txt",
                                     "d-locked.txt", "missing.txt", "e-story.txt"},
                                    dir.path());
  CHECK(r.out.find("a-bad-utf8.txt:1:22: error: invalid UTF-8 byte <E9> replaced by U+FFFD (1 more in this file) [encoding]\n"
                   "    Prices rose 5% in caf<E9>s.\n"
                   "                         ^~~~\n") == 0);
  CHECK(r.out.find("e-story.txt:4:1: warning: passage of 2 paragraphs") != std::string::npos);
  std::string expected_err =
      "claimlint: note: skipping 'b-binary.txt': binary file (NUL byte at offset 4)\n"
      "claimlint: note: skipping 'c-empty.txt': empty file\n";
  if (geteuid() != 0) expected_err += "claimlint: error: cannot read 'd-locked.txt': Permission denied\n";
  expected_err += "claimlint: error: cannot read 'missing.txt': No such file or directory\n";
  expected_err += geteuid() != 0 ? "2 files, 2 diagnostics, 2 skipped, 2 failed\n" : "3 files, 2 diagnostics, 2 skipped, 1 failed\n";
  CHECK(r.err == expected_err);
  CHECK(r.status == 2);
}

TEST_CASE("a broken rule file names file, line and column, exit 2", "[cli]") {
  TempDir dir;
  dir.write("rules/pack.toml", "[[boilerplate]]\nname = \"x\"\npatterns = [\"(oops\"]\n");
  const std::string f = dir.write("a.txt", "Fine text.\n");
  const RunResult r = run_claimlint({"-q", "--rules", dir.path() + "/rules", f});
  CHECK(r.err == "" + dir.path() + "/rules/pack.toml:3:13: error: invalid pattern '(oops': missing ): (oops\n");
  CHECK(r.status == 2);
}

TEST_CASE("built-in rules are found when run from another directory", "[cli]") {
  TempDir dir;
  dir.write("page.txt", "A story about 40 million euros.\n\nLeave a Comment\n");
  const RunResult r = run_claimlint({"--color=never", "page.txt"}, dir.path());
  CHECK(r.out ==
        "page.txt:3:1: note: scraped web residue left in the text (comment-widget) [boilerplate]\n"
        "    Leave a Comment\n"
        "    ^~~~~~~~~~~~~~~\n");
  CHECK(r.status == 0);
  CHECK(run_claimlint({"--fail-on=note", "page.txt"}, dir.path()).status == 1);
  CHECK(run_claimlint({"--no-builtin-rules", "page.txt"}, dir.path()).out.empty());
}

TEST_CASE("stdin is read as <stdin>", "[cli]") {
  const RunResult r = run_claimlint({"--color=never", "-"}, {}, "Some text.\n\nRelated Articles\n");
  CHECK(r.out.find("<stdin>:3:1: note: scraped web residue") == 0);
}

TEST_CASE("usage errors exit 2 with a clear message", "[cli]") {
  RunResult r = run_claimlint({"--bogus", "a.txt"});
  CHECK(r.status == 2);
  CHECK(r.err.find("claimlint: error: The following argument was not expected: --bogus") == 0);
  r = run_claimlint({"-Wno-duplicate-pasage", "a.txt"});
  CHECK(r.err == "claimlint: error: unknown check 'duplicate-pasage' in -Wno-duplicate-pasage; did you mean "
                 "'duplicate-passage'?\nsee 'claimlint --help'\n");
  CHECK(r.status == 2);
  r = run_claimlint({"--format", "xml", "a.txt"});
  CHECK(r.err.find("unknown --format 'xml'") != std::string::npos);
  CHECK(r.status == 2);
  r = run_claimlint({});
  CHECK(r.err.find("claimlint: error: no input files\nusage:") == 0);
  CHECK(r.status == 2);
  CHECK(run_claimlint({"--encoding", "klingon", "a.txt"}).status == 2);
  CHECK(run_claimlint({"--date", "2025-13-01", "a.txt"}).status == 2);
}

TEST_CASE("version, help, list of checks, explain", "[cli]") {
  CHECK(run_claimlint({"--version"}).out == "claimlint " CLAIMLINT_TEST_VERSION "\n");
  const RunResult help = run_claimlint({"--help"});
  CHECK(help.status == 0);
  for (const char* opt : {"--format", "--fail-on", "-Wno-CHECK", "--list-checks", "--explain", "--color",
                          "--encoding", "--rules", "--no-builtin-rules", "--input-format", "--lang", "--date",
                          "--jobs", "--version", "extract"}) {
    CHECK(help.out.find(opt) != std::string::npos);
  }
  const RunResult list = run_claimlint({"--list-checks"});
  CHECK(list.out.find("duplicate-passage    warning  a paragraph or run of paragraphs repeated within one document\n") !=
        std::string::npos);
  CHECK(std::count(list.out.begin(), list.out.end(), '\n') == 16);
  const RunResult ex = run_claimlint({"--explain", "boilerplate"});
  CHECK(ex.out.find("boilerplate (note by default)\n\nText a scraper picked up") == 0);
  CHECK(run_claimlint({"--explain", "boilerplat"}).err.find("did you mean 'boilerplate'?") != std::string::npos);
}

TEST_CASE("max-file-size skips larger inputs with an error naming them", "[cli]") {
  TempDir dir;
  dir.write("big.txt", std::string(2000, 'x') + "\n");
  dir.write("small.txt", "Budget passes\n" + k_repeat + k_repeat);
  const RunResult r = run_claimlint({"--max-file-size", "1K", "--color=never", "big.txt", "small.txt"}, dir.path());
  CHECK(r.err ==
        "claimlint: error: cannot read 'big.txt': 2001 bytes is over the --max-file-size limit of 1024 bytes\n"
        "1 file, 1 diagnostic, 0 skipped, 1 failed\n");
  CHECK(r.out.find("small.txt:4:1: warning:") == 0);
  CHECK(r.status == 2);
  CHECK(run_claimlint({"--max-file-size", "lots", "small.txt"}, dir.path()).status == 2);
  const RunResult piped = run_claimlint({"--max-file-size", "100", "-"}, {}, std::string(5000, 'y'));
  CHECK(piped.err.find("claimlint: error: cannot read '<stdin>': ") == 0);
  CHECK(piped.err.find(" bytes is over the --max-file-size limit of 100 bytes\n") != std::string::npos);
  CHECK(piped.status == 2);
}

TEST_CASE("UTF-16 input with a BOM is decoded and located in original bytes", "[cli]") {
  TempDir dir;
  std::string utf16("\xFF\xFE", 2);
  for (const char c : std::string("Hi.\n\nLeave a Comment\n")) {
    utf16 += c;
    utf16 += '\0';
  }
  dir.write("u16.txt", utf16);
  const RunResult r = run_claimlint({"--format=jsonl", "u16.txt"}, dir.path());
  CHECK(r.out.find("\"path\":\"u16.txt\",\"line\":3,\"column\":1,\"end_line\":3,\"end_column\":16") != std::string::npos);
  CHECK(r.out.find("\"start\":12,\"end\":42") != std::string::npos);
}

TEST_CASE("a plain-text story without a language of its own is read as Spanish when its words are", "[cli]") {
  TempDir dir;
  dir.write("es.txt",
            "MADRID, 26 de febrero de 2026 (Agencia) - El grupo Veltrano obtuvo en 2025 un beneficio neto de 56 "
            "millones de euros, un 12 % mas que los 45 millones registrados en 2024, segun las cuentas remitidas "
            "este jueves. La empresa, que tiene 1.240 tiendas, prevé abrir otras 80 por toda la peninsula y "
            "mantener su plantilla de 21.300 personas con una inversion de 300 millones para los proximos anos.\n");
  const RunResult r = run_claimlint({"extract", "es.txt"}, dir.path());
  CHECK(r.out.find("\"text\":\"1.240 tiendas\"") != std::string::npos);
  CHECK(r.out.find("\"value\":1240,") != std::string::npos);
  CHECK(r.out.find("\"unit\":\"EUR\"") != std::string::npos);
  // --lang still decides.
  const RunResult en = run_claimlint({"extract", "--lang", "en", "es.txt"}, dir.path());
  CHECK(en.out.find("\"value\":1240,") == std::string::npos);
}
