// Segmentation: paragraphs and sentences of a Document.
#include "segment/segmenter.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "util/utf8.h"

namespace claimlint {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

ByteRange trim(std::string_view text, ByteRange r) {
  while (r.begin < r.end && (is_space(text[r.begin]) || text[r.begin] == '\n')) ++r.begin;
  while (r.end > r.begin && (is_space(text[r.end - 1]) || text[r.end - 1] == '\n')) --r.end;
  return r;
}

bool starts_lowercase(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && is_space(line[i])) ++i;
  if (i >= line.size()) return false;
  const unsigned char c = static_cast<unsigned char>(line[i]);
  return std::islower(c) || std::isdigit(c);
}

// One block: lines between blank lines.
void split_block(const std::string& text, ByteRange block, std::vector<Paragraph>& out) {
  std::vector<ByteRange> lines;
  std::size_t start = block.begin;
  for (std::size_t i = block.begin; i <= block.end; ++i) {
    if (i == block.end || text[i] == '\n') {
      const ByteRange line = trim(text, {start, i});
      if (!line.empty()) lines.push_back(line);
      start = i + 1;
    }
  }
  if (lines.empty()) return;
  const std::string_view view(text);
  std::size_t widest = 0;
  for (const ByteRange& l : lines) widest = std::max(widest, utf8::count_code_points(view.substr(l.begin, l.size())));
  const bool short_lines = widest <= k_wrap_width && lines.size() > 1;
  ByteRange current = lines[0];
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::string_view prev = view.substr(lines[i - 1].begin, lines[i - 1].size());
    const std::string_view next = view.substr(lines[i].begin, lines[i].size());
    const bool wrapped = !ends_like_sentence(prev) &&
                         (starts_lowercase(next) ||
                          (short_lines && utf8::count_code_points(prev) >= k_wrap_width / 2));
    if (wrapped) {
      current.end = lines[i].end;
    } else {
      out.push_back({current, ends_like_sentence(view.substr(current.begin, current.size())), false});
      current = lines[i];
    }
  }
  out.push_back({current, ends_like_sentence(view.substr(current.begin, current.size())), false});
}

}  // namespace

bool ends_like_sentence(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && is_space(text[end - 1])) --end;
  // Strip closing quotes and brackets (ASCII, and the UTF-8 of ” ’ » ›).
  for (;;) {
    if (end > 0 && (text[end - 1] == '"' || text[end - 1] == '\'' || text[end - 1] == ')' ||
                    text[end - 1] == ']')) {
      --end;
      continue;
    }
    const std::string_view head = text.substr(0, end);
    if (head.ends_with("\u201D") || head.ends_with("\u2019") || head.ends_with("\u00BB") ||
        head.ends_with("\u203A")) {
      end -= head.ends_with("\u00BB") ? 2 : 3;
      continue;
    }
    break;
  }
  if (end == 0) return false;
  const char last = text[end - 1];
  if (last == '.' || last == '!' || last == '?') return true;
  return text.substr(0, end).ends_with("\u2026");  // …
}

void segment_paragraphs(Document& doc) {
  doc.paragraphs.clear();
  const std::string& text = doc.text;
  std::size_t block_start = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] != '\n') {
      ++i;
      continue;
    }
    // A blank line: "\n", optional spaces, "\n".
    std::size_t j = i + 1;
    while (j < text.size() && is_space(text[j])) ++j;
    if (j < text.size() && text[j] == '\n') {
      split_block(text, {block_start, i}, doc.paragraphs);
      while (j < text.size() && (text[j] == '\n' || is_space(text[j]))) ++j;
      block_start = j;
      i = j;
    } else {
      i = j;
    }
  }
  split_block(text, {block_start, text.size()}, doc.paragraphs);
}

void segment_lines(Document& doc) {
  doc.paragraphs.clear();
  doc.sentences.clear();
  std::size_t start = 0;
  for (std::size_t i = 0; i <= doc.text.size(); ++i) {
    if (i < doc.text.size() && doc.text[i] != '\n') continue;
    const ByteRange line = trim(doc.text, {start, i});
    if (!line.empty()) {
      doc.paragraphs.push_back({line, ends_like_sentence(doc.view(line)), false});
      doc.sentences.push_back({line, doc.paragraphs.size() - 1});
    }
    start = i + 1;
  }
}

void segment_sentences(Document& doc) {
  doc.sentences.clear();
  for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
    if (doc.paragraphs[p].excluded) continue;
    doc.sentences.push_back({doc.paragraphs[p].range, p});
  }
}

}  // namespace claimlint
