// Markup: Markdown and HTML to prose text runs.
#include "markup/markup.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <vector>

#include <gumbo.h>
#include <md4c.h>
#include <nlohmann/json.hpp>

#include "markup/html_text_runs.h"
#include "util/byte_block.h"
#include "util/utf8.h"

namespace claimlint {
namespace {

struct NamedEntity {
  std::string_view name;
  char32_t code_point;
};

// The entities news prose uses; any other named entity makes an HTML text
// node map as one whole piece (gumbo still decodes it).
constexpr NamedEntity k_entities[] = {
    {"amp", U'&'},       {"lt", U'<'},        {"gt", U'>'},        {"quot", U'"'},
    {"apos", U'\''},     {"nbsp", 0xA0},      {"ensp", 0x2002},    {"emsp", 0x2003},
    {"thinsp", 0x2009},  {"hairsp", 0x200A},  {"numsp", 0x2007},   {"puncsp", 0x2008},
    {"ndash", 0x2013},   {"mdash", 0x2014},   {"minus", 0x2212},   {"hyphen", 0x2010},
    {"hellip", 0x2026},  {"lsquo", 0x2018},   {"rsquo", 0x2019},   {"sbquo", 0x201A},
    {"ldquo", 0x201C},   {"rdquo", 0x201D},   {"bdquo", 0x201E},   {"laquo", 0xAB},
    {"raquo", 0xBB},     {"lsaquo", 0x2039},  {"rsaquo", 0x203A},  {"prime", 0x2032},
    {"Prime", 0x2033},   {"euro", 0x20AC},    {"pound", 0xA3},     {"yen", 0xA5},
    {"cent", 0xA2},      {"curren", 0xA4},    {"copy", 0xA9},      {"reg", 0xAE},
    {"trade", 0x2122},   {"deg", 0xB0},       {"plusmn", 0xB1},    {"times", 0xD7},
    {"divide", 0xF7},    {"frac12", 0xBD},    {"frac14", 0xBC},    {"frac34", 0xBE},
    {"percnt", U'%'},    {"permil", 0x2030},  {"middot", 0xB7},    {"bull", 0x2022},
    {"shy", 0xAD},       {"zwsp", 0x200B},    {"zwj", 0x200D},     {"zwnj", 0x200C},
    {"sup1", 0xB9},      {"sup2", 0xB2},      {"sup3", 0xB3},      {"micro", 0xB5},
    {"para", 0xB6},      {"sect", 0xA7},      {"iexcl", 0xA1},     {"iquest", 0xBF},
    {"ordf", 0xAA},      {"ordm", 0xBA},      {"dollar", U'$'},    {"num", U'#'},
    {"aacute", 0xE1},    {"eacute", 0xE9},    {"iacute", 0xED},    {"oacute", 0xF3},
    {"uacute", 0xFA},    {"ntilde", 0xF1},    {"uuml", 0xFC},      {"Aacute", 0xC1},
    {"Eacute", 0xC9},    {"Iacute", 0xCD},    {"Oacute", 0xD3},    {"Uacute", 0xDA},
    {"Ntilde", 0xD1},    {"Uuml", 0xDC},      {"agrave", 0xE0},    {"egrave", 0xE8},
    {"ccedil", 0xE7},    {"auml", 0xE4},      {"ouml", 0xF6},      {"szlig", 0xDF},
    {"Auml", 0xC4},      {"Ouml", 0xD6},      {"ecirc", 0xEA},     {"acirc", 0xE2},
};

constexpr std::size_t k_max_entity = 32;
constexpr int k_max_depth = k_max_html_depth;  // deeper HTML nesting is reported, not read

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\n\f") == std::string_view::npos; }

// Prose text built from pieces of the input in input order, with the
// separators between blocks (mapped to the markup between them).
class ProseBuilder {
 public:
  enum class Break { none, space, cell, line, block };

  explicit ProseBuilder(std::string_view input) : input_(input) {}

  /// Asks for at least `b` before the next text (none at the start).
  void request(Break b) { pending_ = std::max(pending_, b); }

  /// Input [offset, offset + out.size()) kept in place; `out` may differ
  /// from it only by whitespace turned into spaces.
  void copy(std::size_t offset, std::string_view out) { emit(offset, out.size(), out, true); }
  /// `out` stands for input [offset, offset + len) as a whole.
  void replace(std::size_t offset, std::size_t len, std::string_view out) { emit(offset, len, out, false); }

  /// Records that content at input `offset` is nested too deep to be read.
  void too_deep(std::size_t offset) {
    if (!too_deep_) too_deep_ = offset;
  }

  MarkupResult finish() && {
    MarkupResult r;
    map_.skip(input_.size() - std::min(input_.size(), map_.input_position()));
    r.text = std::move(text_);
    r.map = std::move(map_).finish(input_.size());
    r.too_deep_at = too_deep_;
    return r;
  }

 private:
  void emit(std::size_t offset, std::size_t len, std::string_view out, bool verbatim) {
    if (out.empty()) return;
    // Whitespace between blocks and at the start is layout, not prose.
    if (is_blank(out) && (text_.empty() || pending_ == Break::block || pending_ == Break::cell)) return;
    const std::size_t at = map_.input_position();
    if (offset < at || offset > input_.size() || len > input_.size() - offset) {
      // Text that is not in the input, or not after what came before: it
      // maps to an empty range at the current position.
      offset = at;
      len = 0;
      verbatim = false;
    }
    const std::size_t gap = offset - at;
    if (pending_ != Break::none && !text_.empty()) {
      const std::string_view sep = pending_ == Break::block  ? "\n\n"
                                   : pending_ == Break::line ? "\n"
                                   : pending_ == Break::cell ? " | "
                                                             : " ";
      text_.append(sep);
      map_.replace(sep.size(), gap);
    } else {
      map_.skip(gap);
    }
    pending_ = Break::none;
    text_.append(out);
    if (verbatim) map_.copy(len);
    else map_.replace(out.size(), len);
  }

  std::string_view input_;
  std::optional<std::size_t> too_deep_;
  std::string text_;
  OffsetMapBuilder map_;
  Break pending_ = Break::none;
};

// One run of a text node: either bytes kept in place or a decoded entity.
struct Run {
  std::size_t offset = 0;  // in the input
  std::size_t len = 0;
  std::string out;
  bool verbatim = true;
};

// '\r' is the highest of them: most bytes fail the first test.
bool is_layout_space(char c) {
  return static_cast<unsigned char>(c) <= '\r' && (c == '\n' || c == '\r' || c == '\t' || c == '\f');
}

// The first position of `s` from `from` on that holds a layout space, or
// s.size(). Sixteen bytes at a time, looking only at bytes up to '\r'.
std::size_t find_layout_space(std::string_view s, std::size_t from) {
  using bytes::Block;
  std::size_t i = from;
  for (; i + Block::size <= s.size(); i += Block::size) {
    for (unsigned low = Block::load(s.data() + i).at_most('\r').mask(); low != 0; low &= low - 1) {
      const std::size_t k = i + bytes::first(low);
      if (is_layout_space(s[k])) return k;
    }
  }
  for (; i < s.size(); ++i) {
    if (is_layout_space(s[i])) return i;
  }
  return s.size();
}

// Line breaks and tabs inside a run of HTML or Markdown text are spaces in
// prose (a line break in the source is not a paragraph break). Returns `s`
// itself if it holds none, else its flattened copy in `buf`.
std::string_view flatten(std::string_view s, std::string& buf) {
  std::size_t i = find_layout_space(s, 0);
  if (i == s.size()) return s;
  buf.assign(s);
  for (; i < buf.size(); i = find_layout_space(buf, i + 1)) buf[i] = ' ';
  return buf;
}

// Splits `source` (at input offset `offset`) into kept runs and entities.
std::vector<Run> split_entities(std::string_view source, std::size_t offset) {
  std::vector<Run> runs;
  std::size_t start = 0;
  for (std::size_t i = 0; i < source.size(); ++i) {
    if (source[i] != '&') continue;
    const std::size_t semi = source.find(';', i);
    if (semi == std::string_view::npos || semi - i > k_max_entity) continue;
    std::optional<std::string> decoded = decode_entity(source.substr(i, semi + 1 - i));
    if (!decoded) continue;
    if (i > start) runs.push_back({offset + start, i - start, std::string(source.substr(start, i - start)), true});
    runs.push_back({offset + i, semi + 1 - i, std::move(*decoded), false});
    start = semi + 1;
    i = semi;
  }
  if (start < source.size()) {
    runs.push_back({offset + start, source.size() - start, std::string(source.substr(start)), true});
  }
  return runs;
}

void emit_runs(const std::vector<Run>& runs, ProseBuilder& b) {
  std::string buf;
  for (const Run& r : runs) {
    if (r.verbatim) b.copy(r.offset, flatten(r.out, buf));
    else b.replace(r.offset, r.len, flatten(r.out, buf));
  }
}

// ---- Markdown (md4c) -------------------------------------------------------

struct MdPiece {
  MD_TEXTTYPE type;
  const MD_CHAR* text;
  MD_SIZE size;
};

struct MdState {
  ProseBuilder& builder;
  std::string_view input;  // the whole input; md4c points into it
  int skip = 0;            // inside a code or HTML block
  bool in_link = false;
  std::string href;
  std::vector<MdPiece> link_text;  // held back until the link ends

  std::size_t offset_of(const MD_CHAR* p, MD_SIZE size) const {
    const auto* base = input.data();
    if (p < base || p > base + input.size() || size > static_cast<std::size_t>(base + input.size() - p)) {
      return std::numeric_limits<std::size_t>::max();
    }
    return static_cast<std::size_t>(p - base);
  }

  void emit(const MdPiece& piece) {
    const std::size_t offset = offset_of(piece.text, piece.size);
    const std::string_view text(piece.text, piece.size);
    switch (piece.type) {
      case MD_TEXT_NORMAL: {
        std::string buf;
        builder.copy(offset, flatten(text, buf));
        break;
      }
      case MD_TEXT_ENTITY:
        if (std::optional<std::string> decoded = decode_entity(text)) builder.replace(offset, piece.size, *decoded);
        else builder.copy(offset, text);
        break;
      case MD_TEXT_NULLCHAR:
        builder.replace(offset, 1, "\uFFFD");
        break;
      case MD_TEXT_BR:
        builder.request(ProseBuilder::Break::line);
        break;
      case MD_TEXT_SOFTBR:
        builder.request(ProseBuilder::Break::space);
        break;
      default:
        break;
    }
  }

  // An autolink (<https://...>, a bare www. or e-mail address) shows its
  // URL as its text: a URL is not prose.
  bool link_is_url() const {
    std::string label;
    for (const MdPiece& p : link_text) {
      if (p.type == MD_TEXT_NORMAL || p.type == MD_TEXT_ENTITY) label.append(p.text, p.size);
    }
    return label == href || "mailto:" + label == href || "http://" + label == href ||
           "https://" + label == href || label.starts_with("http://") || label.starts_with("https://") ||
           label.starts_with("www.");
  }
};

// A table row is one block, its cells apart by " | ": the row's label and
// figures stay one line, as in a plain-text table.
ProseBuilder::Break md_break(MD_BLOCKTYPE type) {
  return type == MD_BLOCK_TD || type == MD_BLOCK_TH ? ProseBuilder::Break::cell : ProseBuilder::Break::block;
}

int md_enter_block(MD_BLOCKTYPE type, void* /*detail*/, void* userdata) {
  auto& s = *static_cast<MdState*>(userdata);
  if (type == MD_BLOCK_CODE || type == MD_BLOCK_HTML) ++s.skip;
  if (type != MD_BLOCK_DOC) s.builder.request(md_break(type));
  return 0;
}

int md_leave_block(MD_BLOCKTYPE type, void* /*detail*/, void* userdata) {
  auto& s = *static_cast<MdState*>(userdata);
  if ((type == MD_BLOCK_CODE || type == MD_BLOCK_HTML) && s.skip > 0) --s.skip;
  if (type != MD_BLOCK_DOC) s.builder.request(md_break(type));
  return 0;
}

int md_enter_span(MD_SPANTYPE type, void* detail, void* userdata) {
  auto& s = *static_cast<MdState*>(userdata);
  if (type == MD_SPAN_A && !s.in_link) {
    const auto* a = static_cast<const MD_SPAN_A_DETAIL*>(detail);
    s.in_link = true;
    s.href.assign(a->href.text ? a->href.text : "", a->href.text ? a->href.size : 0);
    s.link_text.clear();
  }
  return 0;
}

int md_leave_span(MD_SPANTYPE type, void* /*detail*/, void* userdata) {
  auto& s = *static_cast<MdState*>(userdata);
  if (type == MD_SPAN_A && s.in_link) {
    s.in_link = false;
    if (!s.link_is_url()) {
      for (const MdPiece& p : s.link_text) s.emit(p);
    }
    s.link_text.clear();
  }
  return 0;
}

int md_text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
  auto& s = *static_cast<MdState*>(userdata);
  if (s.skip > 0) return 0;
  // Inline code, raw HTML and math are not prose (issue 3).
  if (type == MD_TEXT_CODE || type == MD_TEXT_HTML || type == MD_TEXT_LATEXMATH) return 0;
  const MdPiece piece{type, text, size};
  if (s.in_link) s.link_text.push_back(piece);
  else s.emit(piece);
  return 0;
}

MarkupResult strip_markdown(std::string_view text) {
  MarkupMetadata meta;
  const std::size_t front = read_front_matter(text, meta);
  if (!meta.date) read_plain_metadata(text.substr(front), meta);
  ProseBuilder builder(text);
  MdState state{builder, text, 0, false, {}, {}};
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;
  parser.enter_block = md_enter_block;
  parser.leave_block = md_leave_block;
  parser.enter_span = md_enter_span;
  parser.leave_span = md_leave_span;
  parser.text = md_text;
  const std::string_view body = text.substr(front);
  // A nonzero result means md4c ran out of memory; keep what it produced.
  (void)md_parse(body.data(), static_cast<MD_SIZE>(body.size()), &parser, &state);
  MarkupResult r = std::move(builder).finish();
  r.meta = std::move(meta);
  return r;
}

// ---- HTML (gumbo) ----------------------------------------------------------

using utf8::ascii_iequal;

bool ascii_iends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && ascii_iequal(s.substr(s.size() - suffix.size()), suffix);
}

// The first attribute of `el` named `name` (lowercase ASCII), as
// gumbo_get_attribute finds it, or null. strip_html has gumbo record no
// errors, and gumbo 0.10.1 resets its tag buffer after a duplicate
// attribute only when it records that error: after a repeated attribute
// with no value, the next attribute's name has the repeated one in front,
// its source spanning both ("hidden hidden title" gives "hiddentitle" from
// "hidden title"). Such an attribute is found by the name its source ends
// in after the space or '/' that ended the repeated one; an attribute's own
// source name never holds either.
const GumboAttribute* find_attribute(const GumboElement& el, std::string_view name) {
  for (unsigned i = 0; i < el.attributes.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(el.attributes.data[i]);
    const std::string_view got = a->name ? std::string_view(a->name) : std::string_view();
    if (ascii_iequal(got, name)) return a;
    const std::string_view source = a->original_name.data != nullptr
                                        ? std::string_view(a->original_name.data, a->original_name.length)
                                        : std::string_view();
    if (got.size() > name.size() && source.size() > name.size() && ascii_iends_with(got, name) &&
        ascii_iends_with(source, name) &&
        std::string_view(" \t\n\r\f/").find(source[source.size() - name.size() - 1]) != std::string_view::npos) {
      return a;
    }
  }
  return nullptr;
}

std::string_view attribute(const GumboElement& el, std::string_view name) {
  const GumboAttribute* a = find_attribute(el, name);
  return a && a->value ? std::string_view(a->value) : std::string_view();
}

bool has_descendant(const GumboNode* node, GumboTag tag, int depth) {
  if (depth > k_max_depth || node->type != GUMBO_NODE_ELEMENT) return false;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_ELEMENT &&
        (child->v.element.tag == tag || has_descendant(child, tag, depth + 1))) {
      return true;
    }
  }
  return false;
}

// Elements that hold no article prose: page furniture, code, scripts.
bool dropped(const GumboNode* node) {
  const GumboElement& el = node->v.element;
  switch (el.tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_PRE: case GUMBO_TAG_CODE:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_NOFRAMES:
      return true;
    case GUMBO_TAG_HEADER:
      // A site header holds the navigation; an article's header holds its
      // headline and byline, which are prose.
      return has_descendant(node, GUMBO_TAG_NAV, 0);
    default:
      break;
  }
  return find_attribute(el, "hidden") != nullptr || attribute(el, "aria-hidden") == "true";
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_HGROUP:
      return true;
    default:
      return false;
  }
}

// Emits decoded `decoded` whose source is `source` in the input. Entities
// we know map piece by piece; if our decoding disagrees with gumbo's (an
// entity we do not know, a CR), the whole source maps as one piece.
void emit_html_text(std::string_view input, GumboStringPiece source, std::string_view decoded, ProseBuilder& b) {
  if (decoded.empty()) return;
  const bool inside = source.data != nullptr && source.data >= input.data() &&
                      source.data + source.length <= input.data() + input.size();
  std::string buf;
  if (!inside) {
    b.replace(std::numeric_limits<std::size_t>::max(), 0, flatten(decoded, buf));
    return;
  }
  const std::size_t offset = static_cast<std::size_t>(source.data - input.data());
  const std::string_view original(source.data, source.length);
  // Most text holds no entity: then it is one kept run, or one piece if
  // gumbo changed it.
  if (original.find('&') == std::string_view::npos) {
    if (original == decoded) b.copy(offset, flatten(original, buf));
    else b.replace(offset, original.size(), flatten(decoded, buf));
    return;
  }
  const std::vector<Run> runs = split_entities(original, offset);
  std::string ours;
  for (const Run& r : runs) ours += r.out;
  if (ours == decoded) emit_runs(runs, b);
  else b.replace(offset, original.size(), flatten(decoded, buf));
}

void html_prose(std::string_view input, const GumboNode* node, ProseBuilder& b, int depth) {
  if (depth > k_max_depth) {
    // Not read, but not silently: the caller reports where (issue 10).
    if (node->type == GUMBO_NODE_ELEMENT) b.too_deep(node->v.element.start_pos.offset);
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) b.too_deep(node->v.text.start_pos.offset);
    return;
  }
  switch (node->type) {
    case GUMBO_NODE_DOCUMENT: {
      const GumboVector& children = node->v.document.children;
      for (unsigned i = 0; i < children.length; ++i) {
        html_prose(input, static_cast<const GumboNode*>(children.data[i]), b, depth + 1);
      }
      return;
    }
    case GUMBO_NODE_ELEMENT: {
      const GumboElement& el = node->v.element;
      if (dropped(node)) return;
      if (el.tag == GUMBO_TAG_BR) {
        b.request(ProseBuilder::Break::line);
        return;
      }
      if (el.tag == GUMBO_TAG_IMG) {
        const GumboAttribute* alt = find_attribute(el, "alt");
        if (alt && alt->value && *alt->value) {
          GumboStringPiece source = alt->original_value;
          if (source.length >= 2 && (source.data[0] == '"' || source.data[0] == '\'')) {
            ++source.data;
            source.length -= 2;
          }
          b.request(ProseBuilder::Break::space);
          emit_html_text(input, source, alt->value, b);
          b.request(ProseBuilder::Break::space);
        }
        return;
      }
      // A table row is one block, its cells apart by " | " (as in Markdown).
      const bool cell = el.tag == GUMBO_TAG_TD || el.tag == GUMBO_TAG_TH;
      const bool block = !cell && is_block(el.tag);
      if (block) b.request(ProseBuilder::Break::block);
      if (cell) b.request(ProseBuilder::Break::cell);
      for (unsigned i = 0; i < el.children.length; ++i) {
        html_prose(input, static_cast<const GumboNode*>(el.children.data[i]), b, depth + 1);
      }
      if (block) b.request(ProseBuilder::Break::block);
      if (cell) b.request(ProseBuilder::Break::cell);
      return;
    }
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
      emit_html_text(input, node->v.text.original_text, node->v.text.text, b);
      return;
    default:  // comments, templates
      return;
  }
}

// Metadata candidates; a lower rank wins, then the first in the document.
struct HtmlMeta {
  std::optional<std::string> date;
  int date_rank = 99;
  std::optional<std::string> title;
  std::optional<std::string> og_title;
  std::optional<std::string> lang;
  std::optional<std::string> other_lang;

  void offer_date(std::string_view value, int rank) {
    if (rank >= date_rank) return;
    if (std::optional<std::string> d = parse_date(value)) {
      date = std::move(d);
      date_rank = rank;
    }
  }
};

std::string collapse_spaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string child_text(const GumboElement& el) {
  std::string s;
  for (unsigned i = 0; i < el.children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(el.children.data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA) {
      s += child->v.text.text;
    }
  }
  return s;
}

void json_ld(const nlohmann::json& j, HtmlMeta& m, int depth) {
  if (depth > 32) return;
  if (j.is_array()) {
    for (const auto& item : j) json_ld(item, m, depth + 1);
    return;
  }
  if (!j.is_object()) return;
  if (auto it = j.find("datePublished"); it != j.end() && it->is_string()) m.offer_date(it->get<std::string>(), 0);
  if (auto it = j.find("inLanguage"); it != j.end() && it->is_string() && !m.other_lang) {
    m.other_lang = language_subtag(it->get<std::string>());
  }
  if (auto it = j.find("headline"); it != j.end() && it->is_string() && !m.og_title) {
    m.og_title = collapse_spaces(it->get<std::string>());
  }
  for (const auto& [key, value] : j.items()) {
    if (value.is_object() || value.is_array()) json_ld(value, m, depth + 1);
  }
}

void html_meta(const GumboNode* node, HtmlMeta& m, int depth) {
  if (depth > k_max_depth) return;
  const GumboVector* children = nullptr;
  if (node->type == GUMBO_NODE_DOCUMENT) {
    children = &node->v.document.children;
  } else if (node->type == GUMBO_NODE_ELEMENT) {
    const GumboElement& el = node->v.element;
    children = &el.children;
    switch (el.tag) {
      case GUMBO_TAG_HTML:
        if (!m.lang) m.lang = language_subtag(attribute(el, "lang"));
        break;
      case GUMBO_TAG_TITLE:
        if (!m.title) {
          std::string t = collapse_spaces(child_text(el));
          if (!t.empty()) m.title = std::move(t);
        }
        break;
      case GUMBO_TAG_META: {
        std::string key(attribute(el, "property"));
        if (key.empty()) key = attribute(el, "name");
        if (key.empty()) key = attribute(el, "itemprop");
        if (key.empty()) key = attribute(el, "http-equiv");
        std::transform(key.begin(), key.end(), key.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        const std::string_view content = attribute(el, "content");
        if (key == "article:published_time" || key == "datepublished") m.offer_date(content, 0);
        else if (key == "date" || key == "pubdate" || key == "publishdate" || key == "dc.date" ||
                 key == "dc.date.issued" || key == "parsely-pub-date" || key == "sailthru.date")
          m.offer_date(content, 1);
        else if (key == "og:title" && !m.og_title && !content.empty()) m.og_title = collapse_spaces(content);
        else if ((key == "og:locale" || key == "content-language" || key == "language") && !m.other_lang)
          m.other_lang = language_subtag(content);
        break;
      }
      case GUMBO_TAG_TIME: {
        const std::string_view when = attribute(el, "datetime");
        const bool published = attribute(el, "itemprop") == "datePublished" ||
                               find_attribute(el, "pubdate") != nullptr;
        m.offer_date(when.empty() ? std::string_view(child_text(el)) : when, published ? 1 : 2);
        break;
      }
      case GUMBO_TAG_SCRIPT:
        if (attribute(el, "type") == "application/ld+json") {
          // The library throws; parse without exceptions (STYLE "Errors").
          const nlohmann::json j = nlohmann::json::parse(child_text(el), nullptr, false);
          if (!j.is_discarded()) json_ld(j, m, 0);
        }
        break;
      default:
        break;
    }
  }
  if (!children) return;
  for (unsigned i = 0; i < children->length; ++i) {
    html_meta(static_cast<const GumboNode*>(children->data[i]), m, depth + 1);
  }
}

// The memory gumbo asks for while it reads one document, all freed at once
// when the arena goes: a tree is hundreds of small blocks, which gumbo
// would otherwise free one by one (a sixth of reading a story went into
// malloc, free and gumbo_destroy_output). What gumbo frees stays taken
// until then: the old copies of buffers that grow by doubling, and each
// token's own strings, a few times the size of the input.
class GumboArena {
 public:
  GumboArena() = default;
  GumboArena(const GumboArena&) = delete;
  GumboArena& operator=(const GumboArena&) = delete;
  ~GumboArena() {
    for (void* block : blocks_) std::free(block);
  }

  // `size` bytes aligned for any type, or null if malloc fails. Each call
  // gets a pointer of its own, as from malloc, even for no bytes.
  void* allocate(std::size_t size) {
    size = (std::max<std::size_t>(size, 1) + k_align - 1) / k_align * k_align;
    if (size > k_block / 4) return take(std::malloc(size));  // a block of its own
    if (size > left_) {
      next_ = static_cast<char*>(take(std::malloc(k_block)));
      left_ = next_ ? k_block : 0;
      if (!next_) return nullptr;
    }
    void* p = next_;
    next_ += size;
    left_ -= size;
    return p;
  }

 private:
  void* take(void* block) {
    if (block) blocks_.push_back(block);
    return block;
  }

  static constexpr std::size_t k_align = alignof(std::max_align_t);
  static constexpr std::size_t k_block = 64 * 1024;
  std::vector<void*> blocks_;
  char* next_ = nullptr;
  std::size_t left_ = 0;
};

// gumbo's tree of `text`, read from a copy with its text runs folded
// (HtmlTextRuns) when there are any: the same tree, several times faster.
GumboOutput* parse_html(std::string_view text, const GumboOptions& options, bool fold) {
  if (const std::optional<HtmlTextRuns> runs = fold ? HtmlTextRuns::fold(text) : std::nullopt) {
    const std::string_view folded = runs->folded();
    GumboOutput* output = gumbo_parse_with_options(&options, folded.data(), folded.size());
    // A tree restore() rejects is left to the caller's allocator to free.
    if (output && runs->restore(output, options)) return output;
  }
  return gumbo_parse_with_options(&options, text.data(), text.size());
}

MarkupResult strip_html(std::string_view text, bool fold) {
  ProseBuilder builder(text);
  if (const std::optional<std::size_t> at = html_nesting_beyond(text, k_max_html_parse_depth)) {
    MarkupResult r = std::move(builder).finish();
    r.text.clear();
    r.unparsed_at = at;
    return r;
  }
  // We never read gumbo's parse errors, and gumbo 0.10.1 copies the whole
  // stack of open elements into each one it records: N nested elements left
  // unclosed are N errors, quadratic in time and memory (3.2 GB for 20,000
  // levels, 100 KB of "<div>"). With max_errors 0 it records none; the tree
  // is the same but for a quirk with repeated attributes (find_attribute).
  //
  // Still quadratic, inside gumbo and beyond any option (issue 10, "Limits";
  // tests/scripts/linearity.py, nested-html): each <div>, and each other
  // start tag that closes a <p>, makes handle_in_body call
  // has_an_element_in_button_scope(P), which walks the open elements down
  // to the nearest scope boundary (html, table, td, th, caption, marquee,
  // object, applet, template, button). Nested divs meet none but <html>:
  // callgrind gives that one function 3.76 and 14.94 million instructions
  // at 570 and 1,140 levels (3.97x), about 12 per level squared, while the
  // walks below stop at k_max_depth and stay constant. So a document is
  // not handed to gumbo when it nests deeper than k_max_html_parse_depth
  // (html_nesting_beyond, a linear pre-scan): the scan then costs at most
  // that depth per tag, linear in the input.
  GumboArena arena;  // owns the tree: no gumbo_destroy_output
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  options.userdata = &arena;
  options.allocator = [](void* a, std::size_t size) { return static_cast<GumboArena*>(a)->allocate(size); };
  options.deallocator = [](void*, void*) {};
  GumboOutput* output = parse_html(text, options, fold);
  if (!output) return std::move(builder).finish();
  html_prose(text, output->document, builder, 0);
  HtmlMeta m;
  html_meta(output->document, m, 0);
  MarkupResult r = std::move(builder).finish();
  r.meta.date = std::move(m.date);
  // No date in the markup's metadata: a date line at the top of the text,
  // as in plain text ('<p class="fecha">Mi\u00e9rcoles, 7 de octubre de 2026 |
  // 08:15 h</p>').
  if (!r.meta.date) {
    MarkupMetadata plain;
    read_plain_metadata(r.text, plain);
    r.meta.date = std::move(plain.date);
  }
  r.meta.title = m.title ? std::move(m.title) : std::move(m.og_title);
  r.meta.lang = m.lang ? std::move(m.lang) : std::move(m.other_lang);
  return r;
}

bool is_void_element(std::string_view name) {
  static constexpr std::string_view k_void[] = {"area", "base", "br",   "col",   "embed",  "hr",    "img",
                                                "input", "link", "meta", "param", "source", "track", "wbr",
                                                "basefont", "bgsound", "frame", "keygen"};
  return std::find(std::begin(k_void), std::end(k_void), name) != std::end(k_void);
}

bool is_raw_text_element(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp" ||
         name == "iframe" || name == "noembed" || name == "noframes";
}

// Start tags that close an open element of the same name ("<p>" after "<p>").
bool closes_same(std::string_view name) {
  return name == "p" || name == "li" || name == "dt" || name == "dd" || name == "option" || name == "tr" ||
         name == "td" || name == "th";
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

std::string lower_name(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

}  // namespace

std::optional<std::size_t> html_nesting_beyond(std::string_view html, std::size_t limit) {
  std::vector<std::string> open;
  std::size_t i = 0;
  const std::size_t n = html.size();
  // The position after the next '>' from `from`, outside quoted attribute
  // values.
  auto tag_end = [&](std::size_t from) {
    char quote = 0;
    for (std::size_t k = from; k < n; ++k) {
      const char c = html[k];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return k + 1;
      }
    }
    return n;
  };
  while (i < n) {
    const std::size_t lt = html.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= n) break;
    const char next = html[lt + 1];
    if (html.substr(lt, 4) == "<!--") {
      const std::size_t end = html.find("-->", lt + 4);
      i = end == std::string_view::npos ? n : end + 3;
    } else if (next == '!' || next == '?') {
      i = tag_end(lt + 2);
    } else if (next == '/') {
      std::size_t k = lt + 2;
      while (k < n && is_name_char(html[k])) ++k;
      const std::string name = lower_name(html.substr(lt + 2, k - lt - 2));
      // An end tag closes the nearest open element of its name, if one of
      // the few innermost (misnested inline tags); a stray one is ignored.
      for (std::size_t d = 0; d < open.size() && d < 8; ++d) {
        if (open[open.size() - 1 - d] == name) {
          open.resize(open.size() - 1 - d);
          break;
        }
      }
      i = tag_end(k);
    } else if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')) {
      std::size_t k = lt + 1;
      while (k < n && is_name_char(html[k])) ++k;
      const std::string name = lower_name(html.substr(lt + 1, k - lt - 1));
      const std::size_t end = tag_end(k);
      const bool self_closing = end >= 2 && end <= n && html[end - 1] == '>' && html[end - 2] == '/';
      i = end;
      if (is_void_element(name) || self_closing) continue;
      if (is_raw_text_element(name)) {
        // Up to the matching end tag, in any case.
        std::size_t k2 = i;
        for (;;) {
          const std::size_t close = html.find("</", k2);
          if (close == std::string_view::npos) {
            i = n;
            break;
          }
          if (lower_name(html.substr(close + 2, name.size())) == name) {
            i = tag_end(close + 2);
            break;
          }
          k2 = close + 2;
        }
        continue;
      }
      if (name == "plaintext") break;
      if (closes_same(name)) {
        // "<li>" closes the open <li> (and what is open inside it) up to a
        // container: a list, table or block of its own keeps it open.
        for (std::size_t d = 0; d < open.size() && d < 8; ++d) {
          // A view: comparing it with a literal checks the size first.
          const std::string_view o = open[open.size() - 1 - d];
          if (o == name) {
            open.resize(open.size() - 1 - d);
            break;
          }
          if (o == "ul" || o == "ol" || o == "dl" || o == "table" || o == "select" || o == "div") break;
        }
      }
      open.push_back(name);
      if (open.size() > limit) return lt;
    } else {
      i = lt + 1;
    }
  }
  return std::nullopt;
}

std::string_view input_format_name(InputFormat f) {
  switch (f) {
    case InputFormat::plain: return "plain";
    case InputFormat::markdown: return "markdown";
    case InputFormat::html: return "html";
  }
  return "plain";
}

std::optional<InputFormat> parse_input_format(std::string_view name) {
  if (name == "plain" || name == "text") return InputFormat::plain;
  if (name == "markdown" || name == "md") return InputFormat::markdown;
  if (name == "html") return InputFormat::html;
  return std::nullopt;
}

InputFormat format_for_path(std::string_view path) {
  std::string lower(path);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower.ends_with(".md") || lower.ends_with(".markdown")) return InputFormat::markdown;
  if (lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml")) return InputFormat::html;
  return InputFormat::plain;
}

std::optional<std::string> decode_entity(std::string_view entity) {
  if (entity.size() < 3 || entity.front() != '&' || entity.back() != ';') return std::nullopt;
  const std::string_view body = entity.substr(1, entity.size() - 2);
  if (body.front() == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) return std::nullopt;
    char32_t cp = 0;
    for (char c : digits) {
      int v = -1;
      if (c >= '0' && c <= '9') v = c - '0';
      else if (hex && c >= 'a' && c <= 'f') v = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') v = c - 'A' + 10;
      if (v < 0) return std::nullopt;
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(v);
    }
    // NUL, surrogates and out-of-range values become U+FFFD, as in HTML.
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    std::string out;
    utf8::append(out, cp);
    return out;
  }
  for (const NamedEntity& e : k_entities) {
    if (e.name == body) {
      std::string out;
      utf8::append(out, e.code_point);
      return out;
    }
  }
  return std::nullopt;
}

MarkupResult strip_html_unfolded(std::string_view text) { return strip_html(text, false); }

MarkupResult strip_markup(std::string_view text, InputFormat format) {
  switch (format) {
    case InputFormat::markdown:
      return strip_markdown(text);
    case InputFormat::html:
      return strip_html(text, true);
    case InputFormat::plain:
      break;
  }
  MarkupResult r;
  r.text.assign(text);
  r.map = OffsetMap::identity(text.size());
  read_plain_metadata(text, r.meta);
  return r;
}

}  // namespace claimlint
