// Tests for markup/markup and markup/metadata: prose from Markdown and HTML,
// offset maps back to the markup, document metadata.
#include "markup/markup.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "markup/metadata.h"
#include "normalize/normalizer.h"
#include "report/location.h"
#include "segment/metadata.h"
#include "segment/segmenter.h"
#include "source/source_file.h"
#include "util/utf8.h"

using namespace claimlint;

namespace {

std::string prose(std::string_view text, InputFormat format) { return strip_markup(text, format).text; }

// The front end as the driver runs it: markup, normalize, segment.
Document front_end(std::string_view bytes, InputFormat format) {
  Document doc;
  MarkupResult m = strip_markup(bytes, format);
  doc.map.push(std::move(m.map));
  merge_metadata(m.meta, doc.meta);
  NormalizeResult n = normalize(m.text);
  doc.map.push(std::move(n.map));
  doc.text = std::move(n.text);
  segment_paragraphs(doc);
  segment_sentences(doc);
  return doc;
}

std::vector<std::string> sentence_texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.view(s.range));
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string ascii_alnum(std::string_view s) {
  std::string out;
  for (char c : s) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) out.push_back(c);
  }
  return out;
}

bool is_subsequence(std::string_view needle, std::string_view hay) {
  std::size_t j = 0;
  for (char c : hay) {
    if (j < needle.size() && needle[j] == c) ++j;
  }
  return j == needle.size();
}

std::string first_word(std::string_view s) {
  std::size_t b = 0;
  while (b < s.size() && ascii_alnum(s.substr(b, 1)).empty()) ++b;
  std::size_t e = b;
  while (e < s.size() && !ascii_alnum(s.substr(e, 1)).empty()) ++e;
  return std::string(s.substr(b, e - b));
}

std::string last_word(std::string_view s) {
  std::size_t e = s.size();
  while (e > 0 && ascii_alnum(s.substr(e - 1, 1)).empty()) --e;
  std::size_t b = e;
  while (b > 0 && !ascii_alnum(s.substr(b - 1, 1)).empty()) --b;
  return std::string(s.substr(b, e - b));
}

// Byte offset of 1-based line and code-point column in `file`: the inverse
// of line_column, to read back what a reported position points at.
std::size_t offset_of(const SourceFile& file, LineColumn lc) {
  const ByteRange line = file.line_range(lc.line - 1);
  std::size_t at = line.begin;
  for (std::size_t col = 1; col < lc.column && at < line.end; ++col) {
    at += utf8::decode(file.bytes(), at).length;
  }
  return at;
}

}  // namespace

TEST_CASE("plain text is kept as is", "[markup]") {
  const std::string text = "Title\n\nA <b>not</b> markup & text.\n";
  const MarkupResult r = strip_markup(text, InputFormat::plain);
  CHECK(r.text == text);
  CHECK(r.map.to_input({6, 9}) == ByteRange{6, 9});
}

TEST_CASE("markdown keeps prose and drops code, HTML and URLs", "[markup]") {
  struct Case {
    std::string_view in;
    std::string_view out;
  };
  const Case cases[] = {
      {"# Heading\n\nA paragraph.", "Heading\n\nA paragraph."},
      {"Some *emphasis* and **strong** text.", "Some emphasis and strong text."},
      {"Run `rm -rf /` now.", "Run  now."},
      {"Before.\n\n```\nint x = 400000;\n```\n\nAfter.", "Before.\n\nAfter."},
      {"Before.\n\n    indented code\n\nAfter.", "Before.\n\nAfter."},
      {"Read [the report](https://example.com/r) today.", "Read the report today."},
      {"See <https://example.com/x> now.", "See  now."},
      {"See https://example.com/x now.", "See  now."},
      {"Mail press@example.com today.", "Mail  today."},
      {"A <span>raw</span> tag.", "A raw tag."},
      {"Text.\n\n<div>\nraw block\n</div>\n\nMore.", "Text.\n\nMore."},
      {"- one\n- two\n\n1. three", "one\n\ntwo\n\nthree"},
      {"| a | b |\n|---|---|\n| 1 | 2 |", "a | b\n\n1 | 2"},
      {"| a | |\n|---|---|\n| 1 | 2 |", "a\n\n1 | 2"},
      {"![A chip on a board](chip.png)", "A chip on a board"},
      {"> Quoted\n> words.", "Quoted words."},
      {"Soft\nbreak and hard  \nbreak.", "Soft break and hard\nbreak."},
      {"Fish &amp; chips &mdash; 5&nbsp;000.", "Fish & chips \u2014 5\u00A0000."},
      {"---\ntitle: T\ndate: 2026-01-02\n---\nBody text.", "Body text."},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(prose(c.in, InputFormat::markdown) == c.out);
  }
}

TEST_CASE("markdown entities map to their whole source", "[markup]") {
  const std::string in = "A &amp; B";
  const MarkupResult r = strip_markup(in, InputFormat::markdown);
  REQUIRE(r.text == "A & B");
  CHECK(r.map.to_input({2, 3}) == ByteRange{2, 7});
  CHECK(r.map.to_input({4, 5}) == ByteRange{8, 9});
}

TEST_CASE("markdown front matter gives metadata", "[markup]") {
  const MarkupResult r = strip_markup(
      "---\ntitle: \"Chips: approved\"\ndate: 2026-01-28\nlang: es-ES\nauthor:\n  date: 1999-01-01\n---\n# H\n",
      InputFormat::markdown);
  CHECK(r.text == "H");
  CHECK(r.meta.title == "Chips: approved");
  CHECK(r.meta.date == "2026-01-28");
  CHECK(r.meta.lang == "es");
  // Not front matter: no closing line.
  const MarkupResult open = strip_markup("---\ntitle: x\n\nText.", InputFormat::markdown);
  CHECK(!open.meta.title);
}

TEST_CASE("html keeps article prose and drops page furniture", "[markup]") {
  struct Case {
    std::string_view in;
    std::string_view out;
  };
  const Case cases[] = {
      {"<p>One.</p><p>Two.</p>", "One.\n\nTwo."},
      {"<h1>Head</h1><p>Body <b>bold</b> <a href='x'>link</a>.</p>", "Head\n\nBody bold link."},
      {"<p>A<script>var x = 1;</script>B</p><style>p{}</style>", "AB"},
      {"<nav>Home | News</nav><p>Story.</p><footer>Copyright</footer>", "Story."},
      {"<aside>Related</aside><form><label>Email</label></form><p>Yes.</p>", "Yes."},
      {"<header><nav>Menu</nav></header><article><header><h1>Title</h1></header><p>Text.</p></article>",
       "Title\n\nText."},
      {"<p>Run <code>ls</code> now.</p><pre>block</pre>", "Run  now."},
      {"<p>Line one<br>line two</p>", "Line one\nline two"},
      {"<p>Wrapped\n   source\n   text.</p>", "Wrapped    source    text."},
      {"<p>A <img src='x.png' alt='chip photo'> B</p>", "A  chip photo  B"},
      {"<ul><li>one</li><li>two</li></ul>", "one\n\ntwo"},
      {"<table><tr><td>1</td><td>2</td></tr></table>", "1 | 2"},
      {"<table><tr><th>a</th> <th>b</th></tr>\n<tr><td>1</td>\n<td>2</td></tr></table>", "a | b\n\n1 | 2"},
      {"<p>Fish &amp; chips&nbsp;&mdash; 5&#160;000 &#x2019;</p>", "Fish & chips\u00A0\u2014 5\u00A0000 \u2019"},
      {"<p hidden>Hidden.</p><p>Shown.</p>", "Shown."},
      {"<p>Ok.</p><noscript>Enable JS</noscript><template><p>T</p></template>", "Ok."},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(prose(c.in, InputFormat::html) == c.out);
  }
}

TEST_CASE("html entities and text map back to their source", "[markup]") {
  const std::string in = "<p>Fish &amp; chips&nbsp;now</p>";
  const MarkupResult r = strip_markup(in, InputFormat::html);
  REQUIRE(r.text == "Fish & chips\u00A0now");
  CHECK(r.map.to_input({0, 4}) == ByteRange{3, 7});
  CHECK(r.map.to_input({5, 6}) == ByteRange{8, 13});      // "&" ← "&amp;"
  CHECK(r.map.to_input({12, 14}) == ByteRange{19, 25});   // NBSP ← "&nbsp;"
  // An entity we do not decode piece by piece still maps, as a whole node.
  const std::string odd = "<p>a &hearts; b</p>";
  const MarkupResult o = strip_markup(odd, InputFormat::html);
  CHECK(o.text == "a \u2665 b");
  CHECK(o.map.to_input({0, o.text.size()}) == ByteRange{3, 15});
}

TEST_CASE("html metadata", "[markup]") {
  const std::string in =
      "<html lang='en-GB'><head><title> The  title </title>"
      "<meta property='article:published_time' content='2026-01-27T08:00:00Z'></head>"
      "<body><time datetime='2025-05-05'>May 5</time><p>x</p></body></html>";
  const MarkupResult r = strip_markup(in, InputFormat::html);
  CHECK(r.meta.lang == "en");
  CHECK(r.meta.title == "The title");
  CHECK(r.meta.date == "2026-01-27");

  const MarkupResult ld = strip_markup(
      "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\","
      "\"datePublished\":\"2026-02-01T10:00:00+01:00\",\"headline\":\"Head\"}]}</script>"
      "<time datetime='2025-05-05'>May 5</time>",
      InputFormat::html);
  CHECK(ld.meta.date == "2026-02-01");
  CHECK(ld.meta.title == "Head");

  const MarkupResult t = strip_markup("<p>Posted <time datetime='2025-05-05'>May 5</time></p>", InputFormat::html);
  CHECK(t.meta.date == "2025-05-05");
  CHECK(t.text == "Posted May 5");

  const MarkupResult broken = strip_markup("<script type='application/ld+json'>{oops</script><p>ok</p>",
                                           InputFormat::html);
  CHECK(!broken.meta.date);
  CHECK(broken.text == "ok");
}

// strip_html has gumbo record no parse errors (deeply nested unclosed
// elements made each error copy the whole open-element stack). Gumbo 0.10.1
// then glues a repeated valueless attribute's name onto the next one's
// ("hidden hidden title" gives "hiddentitle"): the attribute after it must
// still be read by its own name.
TEST_CASE("html attributes after a repeated valueless attribute are still read", "[markup]") {
  const MarkupResult meta = strip_markup(
      "<html dir dir lang='de-AT'><head><meta name name property='article:published_time' content='2026-01-27'>"
      "</head><body><p class class hidden>Secret 5%.</p><p>Shown.</p></body></html>",
      InputFormat::html);
  CHECK(meta.meta.date == "2026-01-27");
  CHECK(meta.meta.lang == "de");
  CHECK(meta.text == "Shown.");
  CHECK(strip_markup("<meta data-x data-x\nNAME='dc.date' content='2020-01-02'>", InputFormat::html).meta.date ==
        "2020-01-02");

  const std::string img = "<p>A <img src src/alt='chip photo'> B</p>";
  const MarkupResult r = strip_markup(img, InputFormat::html);
  REQUIRE(r.text == "A  chip photo  B");
  CHECK(r.map.to_input({3, 13}) == ByteRange{23, 33});  // "chip photo" in the alt's quotes

  // A name that only ends like the one asked for is another attribute.
  CHECK(prose("<p data-hidden>Kept.</p>", InputFormat::html) == "Kept.");
  CHECK(!strip_markup("<time data-datetime='2025-05-05'>x</time>", InputFormat::html).meta.date);
}

TEST_CASE("plain text metadata from a Published or Date line near the top", "[markup]") {
  CHECK(strip_markup("Title\nPublished: January 28, 2026\n\nText.", InputFormat::plain).meta.date == "2026-01-28");
  CHECK(strip_markup("Date: 2026-01-05\nText.", InputFormat::plain).meta.date == "2026-01-05");
  CHECK(strip_markup("Fecha: 5 de enero de 2026\nTexto.", InputFormat::plain).meta.date == "2026-01-05");
  CHECK(!strip_markup("The date: unknown.\nText.", InputFormat::plain).meta.date);
  std::string late;
  for (int i = 0; i < 12; ++i) late += "Line.\n";
  late += "Date: 2026-01-05\n";
  CHECK(!strip_markup(late, InputFormat::plain).meta.date);
}

TEST_CASE("plain text metadata from a wire dateline with its year", "[markup]") {
  const auto date = [](std::string_view text) { return strip_markup(text, InputFormat::plain).meta.date; };
  CHECK(date("Storm hits coast\n\nKELBRIDGE, England, January 12, 2026 (Wire) - Two people died.\n") == "2026-01-12");
  CHECK(date("LONDON, 3 March 2026 (Reuters) \u2014 Shares fell.\n") == "2026-03-03");
  // The date in the brackets: "DAYTON, Ohio (Sept. 14, 2026) \u2014".
  CHECK(date("Warehouse\n\nFORT WAYNE, Ind. (Sept. 14, 2026) \u2014 Ridgeline cut the ribbon.\n") ==
        "2026-09-14");
  CHECK(date("NORTHMOOR, Oct. 5, 2026 (Meridian Wire) - Ruth Castellanos won.\n") == "2026-10-05");
  CHECK(date("Harbourline, March 3, 2026 - The port reopened.\n") == "2026-03-03");
  // No year, no dateline date; a date in prose is none either.
  CHECK(!date("BEIJING, Dec 9 (Reuters) - Chips were approved.\n"));
  CHECK(!date("The plant opened on March 3, 2026 - a year late.\n"));
  CHECK(!date("In 2024, March 3, 2026 - no place.\n"));
  CHECK(!date("LONDON, 12,000 people - a crowd.\n"));
  // The place and the date alone on the line, no dash.
  CHECK(date("Inflaci\xC3\xB3n\n\nBuenos Aires, mi\xC3\xA9rcoles 15 de abril de 2026\nPor Redacci\xC3\xB3n\n") ==
        "2026-04-15");
  CHECK(date("Condena\n\nValledupar, 16 de septiembre de 2026 (Colprensa).-\n\nTexto.\n") == "2026-09-16");
  // Emphasis closing the dateline before its dash.
  CHECK(date("# Bank\n\n*KESSLER FALLS, Pennsylvania, April 23, 2026* \xE2\x80\x94 The bank said.\n") == "2026-04-23");
  // A full stop after the year, in bold or not.
  CHECK(date("Tandeos\n\n**Santa Catarina de los Altos, lunes 16 de marzo de 2026.**\n\nTexto.\n") == "2026-03-16");
  CHECK(date("Tandeos\n\nSanta Catarina, 16 de marzo de 2026.\n\nTexto.\n") == "2026-03-16");
  // An agency in brackets closing the line.
  CHECK(date("Lista\n\n**Valdemora, martes 10 de marzo de 2026 (EFE).**\n\nTexto.\n") == "2026-03-10");
  CHECK(date("Tea\n\nKisumu, 3 March 2026 (Reuters)\n\nText.\n") == "2026-03-03");
  // A dash closing the line, the story in the next paragraph.
  CHECK(date("Refinery\n\nPORT CALDER, March 12, 2026 (Energy Wire) --\n\nThe unit restarted.\n") == "2026-03-12");
  CHECK(date("Refinery\n\nPORT CALDER, March 12, 2026 -\n\nThe unit restarted.\n") == "2026-03-12");
  CHECK(!date("Refinery\n\nThe unit restarted on March 12, 2026 -\n\nText.\n"));
  CHECK(!date("Tea\n\nThe price rose to 2026 (provisional).\n\nText.\n"));
  // A dateline in bold opening the first paragraph, the text after it.
  CHECK(date("Turismo\n\n**Las Palmas de Gran Canaria, martes 10 de febrero de 2026.** Canarias recibi\xC3\xB3 "
             "1.587.432 turistas.\n") == "2026-02-10");
  CHECK(!date("Turismo\n\n**Las Palmas recibi\xC3\xB3 1.587.432 turistas** en 2026.\n"));
  // The Mexican ".-" after the year.
  CHECK(date("Inflaci\xC3\xB3n\n\nCiudad de M\xC3\xA9xico, 9 de abril de 2026.-\n\nTexto.\n") == "2026-04-09");
  CHECK(date("Inflaci\xC3\xB3n\n\nCiudad de M\xC3\xA9xico, 9 de abril de 2026.- La inflaci\xC3\xB3n subi\xC3\xB3.\n") ==
        "2026-04-09");
  CHECK(date("Remesas\n\nCiudad de M\xC3\xA9xico, lunes 4 de mayo de 2026\n") == "2026-05-04");
  CHECK(!date("Budget\n\nThe council met in Harwell, and the vote came in 2026\n"));
  // A dateline in a Markdown story, too.
  CHECK(strip_markup("# Storm\n\nKELBRIDGE, January 14, 2026 (Wire) - Rain.\n", InputFormat::markdown).meta.date ==
        "2026-01-14");
}

TEST_CASE("plain text metadata from a date line without a colon and a by-line", "[markup]") {
  const auto date = [](std::string_view text) { return strip_markup(text, InputFormat::plain).meta.date; };
  CHECK(date("Metro line\n\nPublicado el 21 de mayo de 2026\n\nTexto.\n") == "2026-05-21");
  CHECK(date("Budget\nPublished on May 14, 2026\n\nText.\n") == "2026-05-14");
  CHECK(date("Wildfire\n\nBy Luis Ferrante | August 14, 2026\n\nText.\n") == "2026-08-14");
  CHECK(strip_markup("# Budget\n\n*Published 14 May 2026*\n\nText.\n", InputFormat::markdown).meta.date ==
        "2026-05-14");
  // A date alone on its line, with its year.
  CHECK(date("Copper output climbs\n\nThursday 22 October 2026\n\nText.\n") == "2026-10-22");
  CHECK(date("A&E waits\n\nMay 14, 2026\n\nText.\n") == "2026-05-14");
  CHECK(!date("A&E waits\n\nMay 14\n\nText.\n"));
  CHECK(!date("A&E waits\n\n2,300 workers in 2026\n\nText.\n"));
  // The rest of the line must be the date.
  CHECK(!date("Published figures show 14 May 2026 was busy.\n"));
  CHECK(!date("By the end of May 14, 2026 the work was done.\n"));
}

TEST_CASE("plain text metadata from a masthead or by-line joined to the date line", "[markup]") {
  const auto date = [](std::string_view text) { return strip_markup(text, InputFormat::plain).meta.date; };
  CHECK(date("A&E waits\nEastmoor Evening Post \u2014 Published: Tuesday 10 March 2026\n\nText.\n") == "2026-03-10");
  CHECK(date("Paro\nPor Ana Ruiz | Publicado: 3 de marzo de 2026\n\nTexto.\n") == "2026-03-03");
  CHECK(date("Budget\nBy Dana Holt - Staff Writer - May 14, 2026\n\nText.\n") == "2026-05-14");
  // Each part must be a date line of its own.
  CHECK(!date("Budget\nShares fell - by March 3, 2026 they had halved.\n\nText.\n"));
  CHECK(!date("Budget\nThe council \u2014 which meets on 3 March 2026 \u2014 will vote.\n\nText.\n"));
  // The by-line and the date line run together on one line.
  CHECK(date("Flood\nBy Priya Nandakumar, Reporter Published: Friday 27 February 2026\n\nText.\n") == "2026-02-27");
  CHECK(!date("Flood\nThe report was never published: it ran to 27 pages.\n\nText.\n"));
  // A dateline, then the section.
  CHECK(date("Turismo\n*Montevideo, lunes 2 de marzo de 2026 \u00b7 Econom\u00eda y Empresas*\n\nTexto.\n") ==
        "2026-03-02");
  CHECK(date("Budget\nLIMA, March 3, 2026 | Business\n\nText.\n") == "2026-03-03");
  CHECK(!date("Budget\nThe council, on 3 March 2026 \u2014 which meets weekly \u2014 voted.\n\nText.\n"));
  CHECK(!date("Budget\nIn Lima, prices rose 3% | Business\n\nText.\n"));
  // A dateline closed by a full stop, the desk or the by-line after it.
  CHECK(date("Sanidad\n*Valdecastro, martes 10 de marzo de 2026. Redacci\u00f3n de Sanidad*\n\nTexto.\n") ==
        "2026-03-10");
  CHECK(date("Budget\nLIMA, March 3, 2026. By Ana Ruiz\n\nText.\n") == "2026-03-03");
  CHECK(!date("Budget\nIn Lima, the vote is due on March 3, 2026. It may slip to 2027.\n\nText.\n"));
}

TEST_CASE("Markdown metadata from a date line in emphasis", "[markup]") {
  const auto date = [](std::string_view text) { return strip_markup(text, InputFormat::markdown).meta.date; };
  CHECK(date("# Flood\n\n*By Priya Nandakumar, Reporter*\n*Published: Friday 27 February 2026*\n\nText.\n") ==
        "2026-02-27");
  CHECK(date("# Flood\n\n_Publicado: 3 de marzo de 2026_\n\nTexto.\n") == "2026-03-03");
}

TEST_CASE("guess_language reads clearly Spanish text as es and nothing else", "[markup]") {
  const std::string es =
      "MADRID, 26 de febrero de 2026 (Agencia) - El grupo de distribucion Veltrano obtuvo en 2025 un beneficio "
      "neto de 56 millones de euros, un 12 % mas que los 45 millones registrados en 2024, segun las cuentas "
      "remitidas este jueves a la Comision Nacional del Mercado de Valores. La empresa, que tiene 1.240 tiendas, "
      "prevé abrir otras 80 por toda la peninsula y mantener su plantilla de 21.300 personas con una inversion "
      "de 300 millones para los proximos tres anos.";
  CHECK(guess_language(es) == "es");
  CHECK(!guess_language("Veridian Systems said on Thursday it would cut 1,150 jobs, or about 9% of its workforce, "
                        "in its second round of layoffs this year, as the software maker moves money to the cloud."));
  // Too short to tell; Spanish names in English prose are English.
  CHECK(!guess_language("El Paso de la Reina."));
  CHECK(!guess_language("The Banco de la Nacion and Grupo de los Andes said the deal for the port of La Plata was "
                        "worth $2 billion, and that it would close by the end of the year, with the approval of the "
                        "regulators of the two countries."));
  // Sixty function words decide; Spanish needs more than three times as
  // many of its own as of English ones among them.
  const auto words = [](int english, int spanish) {
    std::string text;
    for (int i = 0; i < english; ++i) text += "the ";
    for (int i = 0; i < spanish; ++i) text += "de ";
    return text + "casa casa casa.";
  };
  CHECK(guess_language(words(14, 46)) == "es");
  CHECK(!guess_language(words(15, 45)));
  CHECK(!guess_language(words(15, 200)));  // the sixty are read first
  CHECK(guess_language(words(0, 20)) == "es");
  CHECK(!guess_language(words(0, 19)));
}

TEST_CASE("parse_date reads the usual forms", "[markup]") {
  struct Case {
    std::string_view in;
    std::optional<std::string> out;
  };
  const Case cases[] = {
      {"2026-01-28", "2026-01-28"},
      {"2026-01-28T10:00:00Z", "2026-01-28"},
      {" 2026/1/5", "2026-01-05"},
      {"January 28, 2026", "2026-01-28"},
      {"Jan. 28, 2026 10:00 ET", "2026-01-28"},
      {"Sept 3 2025", "2025-09-03"},
      {"28 January 2026", "2026-01-28"},
      {"Wednesday, January 28, 2026", "2026-01-28"},
      {"Wed, 28 Jan 2026 10:00:00 GMT", "2026-01-28"},
      {"28 de enero de 2026", "2026-01-28"},
      {"miércoles, 28 de enero de 2026", "2026-01-28"},
      {"2026-02-30", std::nullopt},
      {"2025-02-29", std::nullopt},
      {"2024-02-29", "2024-02-29"},
      {"yesterday", std::nullopt},
      {"2026", std::nullopt},
      {"", std::nullopt},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(parse_date(c.in) == c.out);
  }
  CHECK(language_subtag("en-US") == "en");
  CHECK(language_subtag("ES_es") == "es");
  CHECK(!language_subtag("x"));
  CHECK(!language_subtag("e1"));
}

TEST_CASE("decode_entity", "[markup]") {
  CHECK(decode_entity("&amp;") == "&");
  CHECK(decode_entity("&nbsp;") == "\u00A0");
  CHECK(decode_entity("&#8217;") == "\u2019");
  CHECK(decode_entity("&#x2014;") == "\u2014");
  CHECK(decode_entity("&#0;") == "\uFFFD");
  CHECK(!decode_entity("&amp"));
  CHECK(!decode_entity("&nosuch;"));
  CHECK(!decode_entity("&#xZZ;"));
}

TEST_CASE("one article as plain text, Markdown and HTML gives the same sentences", "[markup][segment]") {
  const std::string dir = CLAIMLINT_SOURCE_DIR "/tests/data/formats/";
  struct Format {
    std::string file;
    InputFormat format;
  };
  const Format formats[] = {
      {"harbor.txt", InputFormat::plain},
      {"harbor.md", InputFormat::markdown},
      {"harbor.html", InputFormat::html},
  };
  std::vector<std::vector<std::string>> all;
  for (const Format& f : formats) {
    const std::string bytes = read_file(dir + f.file);
    REQUIRE(!bytes.empty());
    const SourceFile file(FileId{1}, f.file, bytes);
    const Document doc = front_end(bytes, f.format);
    INFO(f.file);
    all.push_back(sentence_texts(doc));
    ByteRange previous{0, 0};
    for (const Sentence& s : doc.sentences) {
      const std::string_view text = doc.view(s.range);
      const ByteRange orig = doc.original(s.range).bytes;
      INFO(text);
      REQUIRE(orig.end <= bytes.size());
      CHECK(orig.begin >= previous.end);
      previous = orig;
      const std::string_view slice = std::string_view(bytes).substr(orig.begin, orig.size());
      // The reported line:column points at the sentence's first word, and
      // the original bytes hold the same words.
      const LineColumn lc = line_column(file, orig.begin);
      const std::size_t at = offset_of(file, lc);
      CHECK(at == orig.begin);
      CHECK(std::string_view(bytes).substr(at, 16).find(first_word(text)) != std::string_view::npos);
      CHECK(slice.substr(slice.size() - std::min<std::size_t>(slice.size(), 16)).find(last_word(text)) !=
            std::string_view::npos);
      CHECK(is_subsequence(ascii_alnum(text), ascii_alnum(slice)));
    }
  }
  REQUIRE(all.size() == 3);
  CHECK(all[0].size() == 15);
  CHECK(all[1] == all[0]);
  CHECK(all[2] == all[0]);
  CHECK(std::find(all[0].begin(), all[0].end(),
                  "The Port of Wexley's board voted 7-2 on Tuesday to expand its No. 2 container terminal, a "
                  "project expected to cost $412 million over five years.") != all[0].end());
  CHECK(std::find(all[0].begin(), all[0].end(),
                  "Residents of the Eastbank neighborhood, where 3,400 people live within a kilometer of the "
                  "site, have collected 5 200 signatures against the expansion.") != all[0].end());

  // Where each format puts its first body sentence.
  const std::pair<std::string, LineColumn> starts[] = {
      {"harbor.txt", {3, 1}}, {"harbor.md", {9, 1}}, {"harbor.html", {14, 6}}};
  for (std::size_t i = 0; i < 3; ++i) {
    const std::string bytes = read_file(dir + formats[i].file);
    const SourceFile file(FileId{1}, formats[i].file, bytes);
    const Document doc = front_end(bytes, formats[i].format);
    REQUIRE(doc.sentences.size() > 1);
    const LineColumn lc = line_column(file, doc.original(doc.sentences[1].range).bytes.begin);
    INFO(formats[i].file);
    CHECK(lc.line == starts[i].second.line);
    CHECK(lc.column == starts[i].second.column);
  }

  const Document md = front_end(read_file(dir + "harbor.md"), InputFormat::markdown);
  CHECK(md.meta.date == "2026-02-03");
  CHECK(md.meta.lang == "en");
  const Document html = front_end(read_file(dir + "harbor.html"), InputFormat::html);
  CHECK(html.meta.date == "2026-02-03");
  CHECK(html.meta.title == "Harbor Authority Approves Expansion | Wexley Daily");
}

namespace {

// Random documents built from markup fragments, words and odd characters.
std::string random_document(std::mt19937& rng, InputFormat format) {
  static const std::vector<std::string> words = {
      "Beijing", "cleared", "400,000", "chips", "U.S.", "Dec.", "8", "$10", "billion", "25%", "the",
      "a", "No.", "2", "e.g.", "sales", "rose.", "fell!", "Why?", "caf\u00E9", "\u201Cquoted\u201D",
      "2025\u20132026", "5\u00A0000", "\uFB01nal", "e\u0301", "\u2026"};
  static const std::vector<std::string> md = {
      " ", " ", " ", "\n", "\n\n", "# ", "**", "*", "_", "`code`", "[", "](http://x.y)", "<b>", "</b>",
      "&amp;", "&nbsp;", "&mdash;", "&bogus;", "- ", "> ", "\n```\nx = 1\n```\n", "<https://a.b/c>",
      "www.example.com", "| a | b |\n|---|---|\n| 1 | 2 |\n", "![alt text](i.png)", "  \n", "\\*", "<!-- c -->"};
  static const std::vector<std::string> html = {
      " ", " ", "\n", "<p>", "</p>", "<h2>", "</h2>", "<b>", "</b>", "<br>", "&amp;", "&nbsp;",
      "&rsquo;", "&#8212;", "&hearts;", "&amp", "<script>var a = '<p>';</script>", "<nav>menu</nav>",
      "<div>", "</div>", "<li>", "<img alt=\"alt &amp; text\">", "<!-- c -->", "<pre>x</pre>", "<", ">",
      "<table><tr><td>", "</td><td>", "</table>", "\r\n"};
  const std::vector<std::string>& markup = format == InputFormat::html ? html : md;
  std::string doc;
  const int n = std::uniform_int_distribution<int>(0, 60)(rng);
  for (int i = 0; i < n; ++i) {
    if (std::uniform_int_distribution<int>(0, 2)(rng) == 0) {
      doc += markup[std::uniform_int_distribution<std::size_t>(0, markup.size() - 1)(rng)];
    } else {
      doc += words[std::uniform_int_distribution<std::size_t>(0, words.size() - 1)(rng)];
      doc += ' ';
    }
  }
  return doc;
}

}  // namespace

TEST_CASE("property: random Markdown and HTML documents map sentences back", "[markup][segment]") {
  std::mt19937 rng(20260123);
  for (InputFormat format : {InputFormat::markdown, InputFormat::html, InputFormat::plain}) {
    for (int iteration = 0; iteration < 400; ++iteration) {
      const std::string bytes = random_document(rng, format);
      const Document doc = front_end(bytes, format);
      INFO(input_format_name(format) << " iteration " << iteration << ": " << bytes);
      REQUIRE(!utf8::first_invalid(doc.text));
      ByteRange previous{0, 0};
      for (const Sentence& s : doc.sentences) {
        const std::string_view text = doc.view(s.range);
        const ByteRange orig = doc.original(s.range).bytes;
        INFO("sentence: " << text);
        REQUIRE(orig.begin <= orig.end);
        REQUIRE(orig.end <= bytes.size());
        // Monotonic: later sentences come from later bytes.
        CHECK(orig.begin >= previous.begin);
        CHECK(orig.end >= previous.end);
        previous = orig;
        const std::string_view slice = std::string_view(bytes).substr(orig.begin, orig.size());
        // Markup only removes: the sentence's letters and digits are in the
        // (normalized, for ligatures) original bytes, in order.
        CHECK(is_subsequence(ascii_alnum(text), ascii_alnum(normalize(slice).text)));
        if (format == InputFormat::plain) {
          // Re-reading the original bytes gives the sentence back.
          std::string again = normalize(slice).text;
          std::replace(again.begin(), again.end(), '\n', ' ');
          std::string want(text);
          std::replace(want.begin(), want.end(), '\n', ' ');
          CHECK(again == want);
        }
      }
    }
  }
}

TEST_CASE("html nested too deep is reported where it starts, not silently dropped", "[markup]") {
  std::string html = "<p>Shallow text.</p>";
  for (int i = 0; i < k_max_html_depth + 10; ++i) html += "<div>";
  const std::size_t deep = html.size();
  html += "Deep text.";
  const MarkupResult r = strip_markup(html, InputFormat::html);
  CHECK(r.text.find("Shallow text.") != std::string::npos);
  CHECK(r.text.find("Deep text.") == std::string::npos);
  REQUIRE(r.too_deep_at.has_value());
  // The first element beyond the limit: before the text, inside the divs.
  CHECK(*r.too_deep_at > 20);
  CHECK(*r.too_deep_at < deep);
  CHECK(html.compare(*r.too_deep_at, 5, "<div>") == 0);

  const MarkupResult shallow = strip_markup("<div><div><p>Fine.</p></div></div>", InputFormat::html);
  CHECK_FALSE(shallow.too_deep_at.has_value());
}

TEST_CASE("html nesting is measured as a parser nests elements", "[markup]") {
  auto deep = [](const std::string& open, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += open;
    return s;
  };
  // Plain nesting: the tag that goes beyond the limit.
  const std::string divs = deep("<div>", 12);
  REQUIRE(html_nesting_beyond(divs, 10).has_value());
  CHECK(*html_nesting_beyond(divs, 10) == 50);
  CHECK_FALSE(html_nesting_beyond(divs, 12).has_value());
  // Closed elements, void and self-closing ones, comments and doctype do not nest.
  CHECK_FALSE(html_nesting_beyond(deep("<div><p>x</p></div>", 50), 3).has_value());
  CHECK_FALSE(html_nesting_beyond("<!DOCTYPE html>" + deep("<br><img src='a>b'><hr/><x-y/><!-- <div> -->", 50), 2));
  // Old HTML: a <p> or <li> closes the open one.
  CHECK_FALSE(html_nesting_beyond("<ul>" + deep("<li>item<p>one<p>two", 100) + "</ul>", 5).has_value());
  // A list inside a list item stays nested.
  CHECK(html_nesting_beyond(deep("<ul><li>", 20), 30).has_value());
  // Tags inside script and style text are no elements.
  CHECK_FALSE(html_nesting_beyond("<script>" + deep("<div>", 50) + "</SCRIPT><style>" + deep("<b>", 50) + "</style>", 3));
  // A stray end tag closes nothing.
  CHECK(html_nesting_beyond(deep("<div></span>", 20), 10).has_value());
  // An end tag closes through misnested inline elements.
  CHECK_FALSE(html_nesting_beyond(deep("<div><b><i>x</div>", 40), 5).has_value());
}

TEST_CASE("html nested beyond what can be parsed is not parsed, and says where", "[markup]") {
  std::string html = "<p>Before.</p>";
  for (std::size_t i = 0; i <= k_max_html_parse_depth; ++i) html += "<div>";
  html += "Deep text.";
  const MarkupResult r = strip_markup(html, InputFormat::html);
  REQUIRE(r.unparsed_at.has_value());
  CHECK(*r.unparsed_at == 14 + 5 * k_max_html_parse_depth);
  CHECK(r.text.empty());
}

TEST_CASE("plain text metadata from a date line after a time of day or an update mark", "[markup]") {
  const auto date = [](std::string_view text) { return strip_markup(text, InputFormat::plain).meta.date; };
  CHECK(date("ED waits\n\nBy Anahera Reid, Health Reporter\n5:00am Tuesday 19 May 2026\n\nText.\n") == "2026-05-19");
  // A numeric date after the place: day first when the day says so,
  // month first when the month does, none when either may be.
  CHECK(date("Matr\xC3\xAD" "cula\n\nCampoalto, 15/10/2026\n\nTexto.\n") == "2026-10-15");
  CHECK(date("Fecha: 03/03/2026\n\nTexto.\n") == "2026-03-03");
  CHECK(date("Published: 10/15/2026\n\nText.\n") == "2026-10-15");
  CHECK(!date("Fecha: 07/05/2026\n\nTexto.\n"));
  // "Published" and a time of day before the date, with a colon or not.
  CHECK(date("Stadium\n\nBy Marcus Bell | Sports Writer\n\nPublished 7:00 a.m. ET Nov. 2, 2026\n\nText.\n") ==
        "2026-11-02");
  CHECK(date("Stadium\n\nPublished: 6:15 a.m. ET Oct. 8, 2026\n\nText.\n") == "2026-10-08");
  CHECK(!date("Stadium\n\nPublished 7:00 a.m. ET and updated since\n\nText.\n"));
  CHECK(date("Fuel\n\nUpdated 14:32, 3 April 2026\n\nText.\n") == "2026-04-03");
  CHECK(date("Fuel\n\nUpdated 9.15 pm BST, Friday 3 April 2026\n\nText.\n") == "2026-04-03");
  CHECK(date("Fuel\n\nActualizado 10:05, 3 de abril de 2026\n\nTexto.\n") == "2026-04-03");
  // A time alone, or a time before words, is no date line.
  CHECK(!date("Fuel\n\n5:00am\n\nText.\n"));
  CHECK(!date("Fuel\n\n5:00am the doors opened on 3 April 2026 at the depot.\n\nText.\n"));
}

TEST_CASE("html metadata from a date line at the top of the text when the markup gives none", "[markup]") {
  const MarkupResult r = strip_markup(
      "<html lang=\"es\"><body><article><p class=\"seccion\">Elecciones 2026</p><h1>Quispe gana</h1>"
      "<p class=\"fecha\">Mi\xC3\xA9rcoles, 7 de octubre de 2026 | 08:15 h</p><p>Texto.</p></article></body></html>",
      InputFormat::html);
  CHECK(r.meta.date == "2026-10-07");
  // The markup's own date comes first.
  const MarkupResult own = strip_markup(
      "<html><head><meta property=\"article:published_time\" content=\"2026-01-27\"></head><body>"
      "<p>Wednesday 7 October 2026</p><p>Text.</p></body></html>",
      InputFormat::html);
  CHECK(own.meta.date == "2026-01-27");
  CHECK(!strip_markup("<html><body><p>Text with no date at all.</p></body></html>", InputFormat::html).meta.date);
}

TEST_CASE("metadata: Markdown emphasis inside the date line ('**Published** 11:32, Monday, 9 February 2026')",
          "[markup]") {
  const auto date = [](std::string_view text) { return strip_markup(text, InputFormat::markdown).meta.date; };
  CHECK(date("# Ferry\n\n**Published** 11:32, Monday, 9 February 2026\n\nText.\n") == "2026-02-09");
  CHECK(date("# Ferry\n\n__Published__ 9 February 2026\n\nText.\n") == "2026-02-09");
  CHECK(!date("# Ferry\n\n**Published** and updated since\n\nText.\n"));
  // "Updated:" and a time of day with its zone, when no other date is told.
  CHECK(strip_markup("Bond\n\nUpdated: 11:02 PM CDT Apr 7, 2026\n\nText.\n", InputFormat::plain).meta.date ==
        "2026-04-07");
}
