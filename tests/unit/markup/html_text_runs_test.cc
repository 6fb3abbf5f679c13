// Tests for markup/html_text_runs: HTML read with its text runs folded
// gives what gumbo gives reading the input as it is, on the project's
// HTML, on the bench generator's and on random tag soup.
#include "markup/html_text_runs.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "markup/markup.h"
#include "support/run_binary.h"

using namespace claimlint;

namespace {

// Compares the folded and the plain reading of `html`, field by field.
void require_same_reading(const std::string& html) {
  INFO("html: " << html);
  const MarkupResult folded = strip_markup(html, InputFormat::html);
  const MarkupResult plain = strip_html_unfolded(html);
  REQUIRE(folded.text == plain.text);
  REQUIRE(folded.meta.date == plain.meta.date);
  REQUIRE(folded.meta.title == plain.meta.title);
  REQUIRE(folded.meta.lang == plain.meta.lang);
  REQUIRE(folded.too_deep_at == plain.too_deep_at);
  REQUIRE(folded.unparsed_at == plain.unparsed_at);
  REQUIRE(folded.map.output_size() == plain.map.output_size());
  REQUIRE(folded.map.input_size() == plain.map.input_size());
  const auto& a = folded.map.pieces();
  const auto& b = plain.map.pieces();
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    INFO("piece " << i);
    REQUIRE(a[i].out_begin == b[i].out_begin);
    REQUIRE(a[i].in_begin == b[i].in_begin);
    REQUIRE(a[i].out_len == b[i].out_len);
    REQUIRE(a[i].in_len == b[i].in_len);
    REQUIRE(a[i].verbatim == b[i].verbatim);
  }
}

// Pieces of tag soup: every construct the pre-scan follows or gives up on.
const std::vector<std::string>& soup_pieces() {
  static const std::vector<std::string> pieces = {
      "<!DOCTYPE html>", "<html lang=\"es\">", "<head>", "</head>", "<body>", "</body>", "</html>",
      "<title>Budget &amp; plans for 2026</title>", "<meta property=\"og:title\" content=\"A > B\">",
      "<meta name=date content=2026-01-28>", "<time datetime=\"2025-12-08\">8 Dec</time>",
      "<time>January 28, 2026</time>", "<p>", "</p>", "<p hidden>", "<div>", "</div>", "<b>", "</b>", "<i>",
      "</i>", "<a href='x>y'>", "</a>", "<ul>", "<li>", "</li>", "</ul>", "<table>", "<tr>", "<td>", "</td>",
      "</tr>", "</table>", "<br>", "<br/>", "</br>", "<hr>", "<img alt=\"400,000 chips\" src=x>",
      "<img alt='a &amp; b'>", "<header>", "</header>", "<nav>", "</nav>", "<article>", "</article>",
      "<pre>\n", "</pre>", "<script>var a = '<p>' + 1 < 2;</script>", "<script>x<!--y</script>",
      "<script type=\"application/ld+json\">{\"datePublished\":\"2026-01-02\",\"headline\":\"H\"}</script>",
      "<style>p > b { color: red }</style>", "<textarea>Some &lt;text&gt; here</textarea>",
      "<xmp><b>raw</b></xmp>", "<noscript><img src=t></noscript>", "<template><p>inside</p></template>",
      "<!-- a comment with <p> inside -->", "<!---->", "<!-->", "<!--->", "<!-- x --!> y -->", "<!-- x",
      "<?php echo 1; ?>", "<![CDATA[ x ]]>", "</ x>", "</>", "< p", "a < b", "<svg><text>svg text</text></svg>",
      "<math><mi>x</mi></math>", "<plaintext>", "<frameset>", "<select><option>one option</select>",
      "<p class=\"x\" id=y data-z='1'>", "<div aria-hidden=\"true\">", "<P>", "<DIV Class=A>", "<Script>1</SCRIPT >",
      "&amp;", "&nbsp;", "&#8217;", "&#x2019;", "&notit;", "&#57344;", "&#xE000;", "&unknown;", "& amp",
      "The company sold 400,000 chips last year, the report said.", "Revenue rose 25% to $10 billion.",
      "  leading and trailing spaces  ", "\n\n", " ", "\t", "word", "año récord de ventas", "caf\xC3\xA9",
      "\xE2\x82\xAC" "5 billion", "\xC2\xA0non-breaking\xC2\xA0spaces\xC2\xA0here", "a\xC2\x85" "control",
      "\xEF\xBB\xBF" "bom text here", "bad \xFF byte text", "line\r\nbreak text", "nul\0 text",
      "\xEE\x80\x80 marker in text", "\xEF\xBF\xBF noncharacter", "a\x01 control text", "\xF0\x9F\x93\x88 chart up",
      "<p>Six times the performance of the old model</p>", "<td>1,187</td>", "<h1>Headline words here</h1>",
  };
  return pieces;
}

std::string random_soup(std::mt19937& rng) {
  const auto& pieces = soup_pieces();
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 40);
  std::string html;
  for (int k = length(rng); k > 0; --k) html += pieces[pick(rng)];
  return html;
}

void read_tree(const std::filesystem::path& dir, std::size_t& files) {
  std::error_code ec;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir, ec)) {
    const std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".html" || ext == ".htm")) {
      require_same_reading(testing::read_file(e.path().string()));
      ++files;
    }
  }
}

}  // namespace

TEST_CASE("folded text runs: the fold, the offsets, the markers", "[markup]") {
  const std::string html = "<p>  The company sold chips.  </p><p>a&amp;b longer text here</p>";
  const std::optional<HtmlTextRuns> runs = HtmlTextRuns::fold(html);
  REQUIRE(runs);
  CHECK(runs->run_count() == 2);
  CHECK(runs->folded() == "<p>  \xEE\x80\x80  </p><p>a&amp;\xEE\x80\x80</p>");
  // Offsets before, after and between the markers.
  CHECK(runs->to_input(0) == 0);
  CHECK(runs->to_input(5) == 5);
  CHECK(runs->to_input(8) == html.find("  </p>"));
  CHECK(runs->to_input(runs->folded().size()) == html.size());

  // Nothing to fold, or a document holding the marker itself.
  CHECK_FALSE(HtmlTextRuns::fold("<p>short</p>"));
  CHECK_FALSE(HtmlTextRuns::fold("<p>a long enough run of text \xEE\x80\x80</p>"));
  CHECK_FALSE(HtmlTextRuns::fold("<p>a long enough run of text &#57344;</p>"));
  CHECK_FALSE(HtmlTextRuns::fold("<p>a long enough run of text &#x0e000;</p>"));
  // Raw text, RCDATA and comments are never folded; SVG stops the fold.
  CHECK_FALSE(HtmlTextRuns::fold("<script>a long enough script body</script>"));
  CHECK_FALSE(HtmlTextRuns::fold("<title>a long enough title here</title>"));
  CHECK_FALSE(HtmlTextRuns::fold("<!-- a long enough comment here -->"));
  CHECK_FALSE(HtmlTextRuns::fold("<svg></svg><p>a long enough run of text</p>"));
  const std::optional<HtmlTextRuns> after_svg = HtmlTextRuns::fold("<p>text before the svg</p><svg><text>long text</text>");
  REQUIRE(after_svg);
  CHECK(after_svg->run_count() == 1);
}

TEST_CASE("folded text runs read as gumbo reads the input: the project's HTML", "[markup]") {
  std::size_t files = 0;
  read_tree(testing::source_dir() + "/corpus", files);
  read_tree(testing::source_dir() + "/tests/data", files);
  read_tree(testing::source_dir() + "/../shared", files);
  CHECK(files >= 2);
  // A larger tree, e.g. a generated bench corpus: CLAIMLINT_HTML_TREE=dir.
  if (const char* extra = std::getenv("CLAIMLINT_HTML_TREE")) read_tree(extra, files);
}

TEST_CASE("folded text runs read as gumbo reads the input: random tag soup", "[markup]") {
  std::mt19937 rng(20261124);
  std::size_t folded = 0;
  for (int n = 0; n < 20000; ++n) {
    const std::string html = random_soup(rng);
    if (HtmlTextRuns::fold(html)) ++folded;
    require_same_reading(html);
  }
  CHECK(folded > 5000);
}
