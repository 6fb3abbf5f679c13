// End-to-end tests of project settings: claimlint.toml, inline
// suppressions, baselines, --against and --jobs (issue 8, issue 9).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_binary.h"

using namespace claimlint::testing;

namespace {

const std::string k_para_a = "The council approved a budget of 40 million euros on Tuesday evening.\n";
const std::string k_para_b = "Opposition members said the figure left too little for schools.\n";

// A small corpus repository: a repeated passage, residue, and a config.
void make_repo(const TempDir& dir) {
  dir.write("claimlint.toml",
            "[checks]\n"
            "severity = { \"boilerplate\" = \"warning\" }\n"
            "[input]\n"
            "exclude = [\"archive/**\"]\n");
  dir.write("news/budget.txt", "Budget passes\n" + k_para_a + k_para_b + k_para_a + k_para_b + "\nLeave a Comment\n");
  dir.write("archive/old.txt", "Related Articles\n");
}

}  // namespace

TEST_CASE("claimlint.toml is found upward and applies severities and excludes", "[cli][config]") {
  TempDir dir;
  make_repo(dir);
  const RunResult r = run_claimlint({"--format=jsonl", "."}, dir.path() + "/news");
  CHECK(r.err.empty());  // no summary line outside the text format
  CHECK(r.out.find("\"check\":\"boilerplate\"") != std::string::npos);
  CHECK(r.out.find("\"severity\":\"warning\",\"check\":\"boilerplate\"") != std::string::npos);
  const RunResult all = run_claimlint({"--format=jsonl", "."}, dir.path());
  CHECK(all.out.find("archive") == std::string::npos);  // excluded
  CHECK(run_claimlint({"--format=jsonl", "--no-config", "."}, dir.path()).out.find("archive/old.txt") !=
        std::string::npos);
}

TEST_CASE("a broken config names file, line and column, inputs are still checked", "[cli][config]") {
  TempDir dir;
  dir.write("claimlint.toml", "[checks]\ndisable = [\"times-mroe\"]\n");
  dir.write("a.txt", "Budget passes\n" + k_para_a + k_para_a);
  const RunResult r = run_claimlint({"-q", "--color=never", "a.txt"}, dir.path());
  CHECK(r.err == "claimlint.toml:2:12: error: unknown check 'times-mroe'; did you mean 'times-more'?\n");
  CHECK(r.out.find("a.txt:3:1: warning: paragraph of 12 words repeats an earlier one") == 0);
  CHECK(r.status == 2);
  dir.write("claimlint.toml", "[checks]\ndisabel = []\n");
  CHECK(run_claimlint({"-q", "a.txt"}, dir.path()).err ==
        "claimlint.toml:2:1: error: unknown key 'disabel' in [checks]; did you mean 'disable'?\n");
  dir.write("claimlint.toml", "[checks]\nseverity = { boilerplate = \"fatal\" }\n");
  CHECK(run_claimlint({"-q", "a.txt"}, dir.path()).err ==
        "claimlint.toml:2:28: error: severity must be \"note\", \"warning\" or \"error\"\n");
}

TEST_CASE("config option names the file, the command line wins over it", "[cli][config]") {
  TempDir dir;
  dir.write("strict.toml", "[checks]\ndisable = [\"duplicate-passage\"]\n");
  dir.write("a.txt", "Budget passes\n" + k_para_a + k_para_a);
  CHECK(run_claimlint({"--config", "strict.toml", "a.txt"}, dir.path()).out.empty());
  CHECK(run_claimlint({"--config", "strict.toml", "-Wduplicate-passage", "a.txt"}, dir.path()).status == 1);
}

TEST_CASE("an inline suppression with a reason silences one finding", "[cli][suppression]") {
  TempDir dir;
  dir.write("a.txt", "Budget passes\n" + k_para_a + "\nclaimlint-disable-next-line duplicate-passage: quoted twice on purpose\n" +
                         k_para_a + "\nclaimlint-disable-next-line boilerplate\nLeave a Comment\n\n"
                         "claimlint-disable-next-line times-more: stale\nThe end of the story.\n");
  const RunResult r = run_claimlint({"--color=never", "a.txt"}, dir.path());
  CHECK(r.out ==
        "a.txt:7:1: note: suppression without a reason is ignored; add one after ':' [suppression]\n"
        "    claimlint-disable-next-line boilerplate\n"
        "    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
        "a.txt:8:1: note: scraped web residue left in the text (comment-widget) [boilerplate]\n"
        "    Leave a Comment\n"
        "    ^~~~~~~~~~~~~~~\n"
        "a.txt:10:1: note: unused suppression: no times-more finding on line 11 [suppression]\n"
        "    claimlint-disable-next-line times-more: stale\n"
        "    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n");
  CHECK(r.status == 0);
}

TEST_CASE("a Markdown comment suppresses the line after it", "[cli][suppression]") {
  TempDir dir;
  dir.write("a.md", "# Budget\n\n" + k_para_a + "\n<!-- claimlint-disable-next-line duplicate-passage: pull quote -->\n" +
                        k_para_a);
  const RunResult r = run_claimlint({"a.md"}, dir.path());
  CHECK(r.out.empty());
  CHECK(r.status == 0);
}

TEST_CASE("a baseline reports only new findings and survives edits elsewhere", "[cli][baseline]") {
  TempDir dir;
  dir.write("a.txt", "Budget passes\n" + k_para_a + k_para_a);
  RunResult r = run_claimlint({"--write-baseline", "base.json", "a.txt"}, dir.path());
  CHECK(r.status == 1);
  const nlohmann::json base = nlohmann::json::parse(read_file(dir.path() + "/base.json"));
  CHECK(base["findings"].size() == 1);
  CHECK(base["findings"][0]["check"] == "duplicate-passage");
  // An edit above the finding moves it; it stays baselined.
  dir.write("a.txt", "Budget passes\nA new first line was added here.\n\n" + k_para_a + k_para_a);
  r = run_claimlint({"--baseline", "base.json", "a.txt"}, dir.path());
  CHECK(r.out.empty());
  CHECK(r.status == 0);
  // A new finding is reported.
  dir.write("a.txt", "Budget passes\n" + k_para_a + k_para_a + "\nLeave a Comment\n");
  r = run_claimlint({"--baseline", "base.json", "--fail-on=note", "--color=never", "a.txt"}, dir.path());
  CHECK(r.out.find("a.txt:5:1: note: scraped web residue") == 0);
  CHECK(r.status == 1);
  CHECK(run_claimlint({"--baseline", "missing.json", "a.txt"}, dir.path()).err.find("cannot read baseline 'missing.json'") !=
        std::string::npos);
}

TEST_CASE("against material is read but never reported on", "[cli]") {
  TempDir dir;
  dir.write("ref/wire.txt", "Budget passes\n" + k_para_a + k_para_a);
  dir.write("draft.txt", "The council approved a budget.\n");
  const RunResult r = run_claimlint({"--against", "ref", "draft.txt"}, dir.path());
  CHECK(r.out.empty());
  CHECK(r.status == 0);
}

TEST_CASE("jobs 1 and jobs 2 give byte-identical output on the corpus", "[cli][jobs]") {
  const RunResult one = run_claimlint({"--jobs", "1", "--format=json", "corpus"}, source_dir());
  const RunResult two = run_claimlint({"--jobs", "2", "--format=json", "corpus"}, source_dir());
  CHECK(one.out == two.out);
  CHECK(one.status == two.status);
  CHECK_FALSE(one.out.empty());
}
