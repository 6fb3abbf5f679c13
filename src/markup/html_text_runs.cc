// HtmlTextRuns: see the header for why and when text runs are folded.
#include "markup/html_text_runs.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "util/utf8.h"

namespace claimlint {
namespace {

constexpr std::string_view k_marker = "\xEE\x80\x80";  // U+E000
constexpr char32_t k_marker_code_point = 0xE000;

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_alpha(c) || (c >= '0' && c <= '9'); }
char to_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
// White space inside tags; the tokenizer sees CR as LF.
bool is_tag_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
// White space in text: what gumbo's tree builder tells apart from other
// characters (CR never reaches a run).
bool is_text_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f'; }

// The length of the character at `i` if gumbo passes it to a text node
// unchanged and it may stand in a run; 0 otherwise (and `skip` is how far
// to go past it).
std::size_t run_character(std::string_view s, std::size_t i, std::size_t& skip) {
  const auto b = static_cast<unsigned char>(s[i]);
  skip = 1;
  if (b < 0x80) {
    if (b == '\t' || b == '\n' || b == '\f') return 1;
    if (b < 0x20 || b == 0x7F || b == '<' || b == '&') return 0;
    return 1;
  }
  const utf8::Decoded d = utf8::decode(s, i);
  skip = d.length == 0 ? 1 : d.length;
  if (!d.valid) return 0;
  const char32_t c = d.code_point;
  // C1 controls (gumbo makes them U+FFFD), private use (the marker),
  // noncharacters, the byte-order mark.
  if (c < 0xA0 || (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE ||
      c == 0xFEFF) {
    return 0;
  }
  return d.length;
}

// The ASCII bytes run_character() takes as they are, but for '<' and '&'
// (where text ends): printable ones and the text spaces.
constexpr auto k_plain_text = [] {
  std::array<bool, 256> t{};
  for (int c = 0x20; c < 0x7F; ++c) t[static_cast<std::size_t>(c)] = c != '<' && c != '&';
  t['\t'] = t['\n'] = t['\f'] = true;
  return t;
}();

// True if `html` holds U+E000, as a character or as a numeric character
// reference (decimal or hex, leading zeros allowed).
bool holds_marker(std::string_view html) {
  if (html.find(k_marker) != std::string_view::npos) return true;
  for (std::size_t at = html.find("&#"); at != std::string_view::npos; at = html.find("&#", at + 2)) {
    std::size_t k = at + 2;
    const bool hex = k < html.size() && (html[k] == 'x' || html[k] == 'X');
    if (hex) ++k;
    std::uint64_t value = 0;
    bool any = false;
    for (; k < html.size(); ++k) {
      const char c = html[k];
      int digit;
      if (c >= '0' && c <= '9') digit = c - '0';
      else if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
      else break;
      any = true;
      value = std::min<std::uint64_t>(value * (hex ? 16 : 10) + static_cast<std::uint64_t>(digit), 0x110000);
    }
    if (any && value == k_marker_code_point) return true;
  }
  return false;
}

// Follows the tokenizer through `html` and collects the runs of text it
// reads in its data state (see the header).
class Prescan {
 public:
  Prescan(std::string_view html, std::size_t min_run) : s_(html), min_run_(min_run) {}

  // Pairs of (begin, end) of the inside of each foldable run.
  std::vector<std::pair<std::size_t, std::size_t>> run() {
    std::size_t i = 0;
    const std::size_t n = s_.size();
    while (i < n) {
      const std::size_t j = text(i);
      if (j >= n) break;
      const std::optional<std::size_t> next = s_[j] == '&' ? reference(j) : markup(j);
      if (!next) break;  // the scan cannot follow: fold nothing after here
      i = *next;
    }
    return std::move(runs_);
  }

 private:
  // Text from `b` up to the next '<' or '&' (returned, or the end): its
  // runs of foldable characters, trimmed of white space, long enough.
  std::size_t text(std::size_t b) {
    const std::size_t n = s_.size();
    std::size_t start = b;
    std::size_t i = b;
    while (i < n) {
      while (i < n && k_plain_text[static_cast<unsigned char>(s_[i])]) ++i;
      if (i >= n || s_[i] == '<' || s_[i] == '&') break;
      // A character of more than one byte ends no text (a valid one holds no
      // '<' or '&'; an invalid byte is skipped alone).
      std::size_t skip;
      if (run_character(s_, i, skip) == 0) {
        candidate(start, i);
        start = i + skip;
      }
      i += skip;
    }
    candidate(start, i);
    return i;
  }
  void candidate(std::size_t b, std::size_t e) {
    while (b < e && is_text_space(s_[b])) ++b;
    while (e > b && is_text_space(s_[e - 1])) --e;
    if (e - b >= min_run_) runs_.push_back({b, e});
  }

  // After a '&' at `i`: the character reference's possible characters
  // (letters, digits, '#', one ';') are left as they are.
  std::size_t reference(std::size_t i) const {
    std::size_t k = i + 1;
    if (k < s_.size() && s_[k] == '#') ++k;
    while (k < s_.size() && is_alnum(s_[k])) ++k;
    if (k < s_.size() && s_[k] == ';') ++k;
    return k;
  }

  // After a '<' at `i`: where the data state resumes, or nothing.
  std::optional<std::size_t> markup(std::size_t i) const {
    const std::size_t n = s_.size();
    if (i + 1 >= n) return n;
    const char c = s_[i + 1];
    if (is_alpha(c)) return start_tag(i + 1);
    if (c == '/') {
      if (i + 2 >= n) return n;
      if (is_alpha(s_[i + 2])) return tag_end(i + 2);
      if (s_[i + 2] == '>') return i + 3;
      return after(i + 2, ">");  // a bogus comment
    }
    if (c == '!') {
      if (s_.substr(i + 2, 2) == "--") return comment(i + 4);
      return after(i + 2, ">");  // a doctype, or a bogus comment ("<![CDATA[" outside SVG)
    }
    if (c == '?') return after(i + 2, ">");
    return i + 1;  // a lone '<' is text
  }

  std::optional<std::size_t> after(std::size_t from, std::string_view end) const {
    const std::size_t at = s_.find(end, from);
    if (at == std::string_view::npos) return std::nullopt;
    return at + end.size();
  }

  // A comment from `b` (after "<!--"). The abrupt forms ("<!-->",
  // "<!--->") and "--!" inside are left to gumbo: folding stops.
  std::optional<std::size_t> comment(std::size_t b) const {
    if (b < s_.size() && (s_[b] == '>' || s_.substr(b, 2) == "->")) return std::nullopt;
    const std::size_t end = s_.find("-->", b);
    if (end == std::string_view::npos) return std::nullopt;
    if (s_.substr(b, end - b).find("--!") != std::string_view::npos) return std::nullopt;
    return end + 3;
  }

  // A start tag whose name begins at `b`; raw text and RCDATA elements are
  // skipped to their end tag.
  std::optional<std::size_t> start_tag(std::size_t b) const {
    std::size_t k = b;
    std::string name;
    while (k < s_.size() && !is_tag_space(s_[k]) && s_[k] != '/' && s_[k] != '>') name.push_back(to_lower(s_[k++]));
    const std::optional<std::size_t> end = tag_end(b);
    if (!end) return std::nullopt;
    if (name == "svg" || name == "math" || name == "plaintext" || name == "frameset") return std::nullopt;
    static constexpr std::string_view k_raw[] = {"script", "style",    "xmp",   "iframe",
                                                 "noembed", "noframes", "title", "textarea"};
    if (std::find(std::begin(k_raw), std::end(k_raw), name) == std::end(k_raw)) return end;
    const std::optional<std::size_t> close = end_tag_of(name, *end);
    if (!close) return std::nullopt;
    // Script data with "<!--" has escaped states that this scan does not follow.
    if (name == "script" && s_.substr(*end, *close - *end).find("<!--") != std::string_view::npos) return std::nullopt;
    return close;
  }

  // Where "</name" followed by a tag delimiter starts, from `from`.
  std::optional<std::size_t> end_tag_of(std::string_view name, std::size_t from) const {
    for (std::size_t at = s_.find("</", from); at != std::string_view::npos; at = s_.find("</", at + 2)) {
      const std::size_t k = at + 2;
      if (k + name.size() > s_.size()) return std::nullopt;
      bool same = true;
      for (std::size_t m = 0; m < name.size() && same; ++m) same = to_lower(s_[k + m]) == name[m];
      if (!same) continue;
      const std::size_t d = k + name.size();
      if (d < s_.size() && (is_tag_space(s_[d]) || s_[d] == '/' || s_[d] == '>')) return at;
    }
    return std::nullopt;
  }

  // The end of a tag whose name begins at `b`: past its '>', with the
  // attributes read as the tokenizer reads them (quoted values may hold
  // '>'). Nothing if the input ends inside the tag.
  std::optional<std::size_t> tag_end(std::size_t b) const {
    const std::size_t n = s_.size();
    std::size_t k = b;
    while (k < n && !is_tag_space(s_[k]) && s_[k] != '/' && s_[k] != '>') ++k;
    while (true) {
      while (k < n && (is_tag_space(s_[k]) || s_[k] == '/')) ++k;
      if (k >= n) return std::nullopt;
      if (s_[k] == '>') return k + 1;
      // An attribute name; its first character may be '='.
      ++k;
      while (k < n && !is_tag_space(s_[k]) && s_[k] != '/' && s_[k] != '>' && s_[k] != '=') ++k;
      while (k < n && is_tag_space(s_[k])) ++k;
      if (k >= n) return std::nullopt;
      if (s_[k] != '=') continue;
      ++k;
      while (k < n && is_tag_space(s_[k])) ++k;
      if (k >= n) return std::nullopt;
      if (s_[k] == '"' || s_[k] == '\'') {
        const std::size_t close = s_.find(s_[k], k + 1);
        if (close == std::string_view::npos) return std::nullopt;
        k = close + 1;
      } else {
        while (k < n && !is_tag_space(s_[k]) && s_[k] != '>') ++k;
      }
    }
  }

  std::string_view s_;
  std::size_t min_run_;
  std::vector<std::pair<std::size_t, std::size_t>> runs_;
};

}  // namespace

std::optional<HtmlTextRuns> HtmlTextRuns::fold(std::string_view html, std::size_t min_run) {
  if (holds_marker(html)) return std::nullopt;
  const std::vector<std::pair<std::size_t, std::size_t>> found = Prescan(html, std::max<std::size_t>(min_run, 1)).run();
  if (found.empty()) return std::nullopt;
  HtmlTextRuns r;
  r.input_ = html;
  std::size_t saved = 0;
  for (const auto& [b, e] : found) saved += e - b;
  r.folded_.reserve(html.size() - saved + found.size() * k_marker.size());
  std::size_t copied = 0;
  for (const auto& [b, e] : found) {
    r.folded_.append(html.substr(copied, b - copied));
    r.runs_.push_back({r.folded_.size(), b, e - b});
    r.folded_.append(k_marker);
    copied = e;
  }
  r.folded_.append(html.substr(copied));
  return r;
}

template <class Pred>
std::size_t HtmlTextRuns::partition_point_near(std::size_t& hint, Pred pred) const {
  const std::size_t n = runs_.size();
  const std::size_t h = std::min(hint, n);
  // Steps doubling away from the hint bracket the answer in [lo, hi): pred
  // holds below lo and fails from hi on.
  std::size_t lo = 0;
  std::size_t hi = n;
  std::size_t step = 1;
  if (h < n && pred(runs_[h])) {
    lo = h + 1;
    while (lo + step - 1 < n && pred(runs_[lo + step - 1])) {
      lo += step;
      step *= 2;
    }
    hi = std::min(n, lo + step - 1);
  } else {
    hi = h;
    while (hi >= step && !pred(runs_[hi - step])) {
      hi -= step;
      step *= 2;
    }
    lo = hi >= step ? hi - step + 1 : 0;
  }
  hint = static_cast<std::size_t>(std::partition_point(runs_.begin() + static_cast<std::ptrdiff_t>(lo),
                                                       runs_.begin() + static_cast<std::ptrdiff_t>(hi), pred) -
                                  runs_.begin());
  return hint;
}

std::size_t HtmlTextRuns::to_input(std::size_t m) const {
  std::size_t hint = 0;
  return to_input(m, hint);
}

std::size_t HtmlTextRuns::to_input(std::size_t m, std::size_t& hint) const {
  // The runs whose marker ends at or before m shift it by what they fold.
  const std::size_t k = partition_point_near(hint, [m](const Run& r) { return r.folded + k_marker.size() <= m; });
  if (k == 0) return m;
  const Run& last = runs_[k - 1];
  return last.input + last.length + (m - (last.folded + k_marker.size()));
}

bool HtmlTextRuns::restore(GumboOutput* output, const GumboOptions& options) const {
  const char* base = folded_.data();
  const char* limit = base + folded_.size();
  // The tree is walked in document order, so the offsets asked for come
  // nearly sorted: each lookup starts from where the one before ended. An
  // element's end comes before its children's starts: ends have a cursor of
  // their own.
  std::size_t start_run = 0;
  std::size_t end_run = 0;
  auto piece = [&](GumboStringPiece& sp, std::size_t& cursor) {
    if (!sp.data || sp.data < base || sp.data > limit) return;
    const std::size_t b = static_cast<std::size_t>(sp.data - base);
    sp.data = input_.data() + to_input(b, cursor);
    const std::size_t e = to_input(b + sp.length, cursor);
    sp.length = e - static_cast<std::size_t>(sp.data - input_.data());
  };
  auto position = [&](GumboSourcePosition& p, std::size_t& cursor) {
    p.offset = static_cast<unsigned>(to_input(p.offset, cursor));
  };

  // Iterative: the tree may be as deep as the document nests.
  std::vector<GumboNode*> stack{output->document};
  while (!stack.empty()) {
    GumboNode* node = stack.back();
    stack.pop_back();
    const GumboVector* children = nullptr;
    switch (node->type) {
      case GUMBO_NODE_DOCUMENT:
        children = &node->v.document.children;
        break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        GumboElement& el = node->v.element;
        children = &el.children;
        piece(el.original_tag, start_run);
        position(el.start_pos, start_run);
        for (unsigned i = 0; i < el.attributes.length; ++i) {
          auto* a = static_cast<GumboAttribute*>(el.attributes.data[i]);
          piece(a->original_name, start_run);
          piece(a->original_value, start_run);
          position(a->name_start, start_run);
          position(a->name_end, start_run);
          position(a->value_start, start_run);
          position(a->value_end, start_run);
        }
        piece(el.original_end_tag, end_run);
        position(el.end_pos, end_run);
        break;
      }
      default: {
        GumboText& t = node->v.text;
        const std::string_view old(t.text ? t.text : "");
        auto first = runs_.end();
        auto last = runs_.end();
        const char* begin = t.original_text.data;
        if (begin && begin >= base && begin <= limit) {
          const std::size_t b = static_cast<std::size_t>(begin - base);
          const std::size_t e = b + t.original_text.length;
          first = runs_.begin() + static_cast<std::ptrdiff_t>(
                                      partition_point_near(start_run, [b](const Run& r) { return r.folded < b; }));
          last = runs_.begin() +
                 static_cast<std::ptrdiff_t>(partition_point_near(start_run, [e](const Run& r) { return r.folded < e; }));
        }
        // The node's text holds one marker per run in its source, in order;
        // anything else means the tree is not what fold() expects.
        if (first != last || old.find(k_marker) != std::string_view::npos) {
          std::string text;
          text.reserve(old.size() + 64);
          auto run = first;
          std::size_t from = 0;
          for (std::size_t at = old.find(k_marker); at != std::string_view::npos; at = old.find(k_marker, from)) {
            if (run == last) return false;
            text.append(old.substr(from, at - from));
            text.append(input_.substr(run->input, run->length));
            ++run;
            from = at + k_marker.size();
          }
          if (run != last) return false;
          text.append(old.substr(from));
          auto* copy = static_cast<char*>(options.allocator(options.userdata, text.size() + 1));
          std::memcpy(copy, text.data(), text.size() + 1);
          options.deallocator(options.userdata, const_cast<char*>(t.text));
          t.text = copy;
        }
        piece(t.original_text, start_run);
        position(t.start_pos, start_run);
        break;
      }
    }
    if (children) {
      for (unsigned i = children->length; i-- > 0;) stack.push_back(static_cast<GumboNode*>(children->data[i]));
    }
  }
  return true;
}

}  // namespace claimlint
