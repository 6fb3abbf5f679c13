// The text renderer: diagnostics as gcc and clang print them.
#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <tuple>

#include <fmt/format.h>

#include "diag/check_registry.h"
#include "report/location.h"
#include "report/renderer.h"
#include "util/byte_block.h"
#include "util/utf8.h"

namespace claimlint {
namespace {

// Widest source excerpt printed; longer lines show a window around the
// range with "..." (STYLE "Diagnostics").
constexpr std::size_t k_snippet_width = 120;
constexpr std::size_t k_context_before = 40;
constexpr std::string_view k_indent = "    ";

struct Style {
  bool on = false;
  std::string bold() const { return on ? "\033[1m" : ""; }
  std::string reset() const { return on ? "\033[0m" : ""; }
  std::string severity(Severity s) const {
    if (!on) return "";
    switch (s) {
      case Severity::error: return "\033[1;31m";
      case Severity::warning: return "\033[1;35m";
      case Severity::note: return "\033[1;36m";
    }
    return "";
  }
  std::string caret() const { return on ? "\033[1;32m" : ""; }
};

// One code point of a source line: where it is and how wide it prints.
// Its text (printable()) is made only for the cells an excerpt shows.
struct Cell {
  std::size_t byte = 0;  // offset in the display text
  std::uint8_t length = 0;
  std::uint8_t width = 0;
};

std::vector<Cell> cells_of(std::string_view bytes, ByteRange line) {
  std::vector<Cell> cells;
  cells.reserve(line.size());
  std::size_t i = line.begin;
  while (i < line.end) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c >= 0x20 && c < 0x7F) {  // printable ASCII: itself, one column
      cells.push_back({i, 1, 1});
      ++i;
      continue;
    }
    const utf8::Decoded d = utf8::decode(bytes, i);
    cells.push_back({i, static_cast<std::uint8_t>(d.length),
                     static_cast<std::uint8_t>(display_width(bytes.substr(i, d.length)))});
    i += d.length;
  }
  return cells;
}

void append_cell(std::string& out, std::string_view bytes, const Cell& cell) {
  const std::string_view raw = bytes.substr(cell.byte, cell.length);
  const auto c = static_cast<unsigned char>(raw[0]);
  if (c >= 0x20 && c < 0x7F) {
    out += raw;
  } else {
    out += printable(raw);
  }
}

// Whether every byte of `text` is printable ASCII (0x20 to 0x7E), read a
// block at a time.
bool printable_ascii(std::string_view text) {
  constexpr unsigned k_all = (1u << bytes::Block::size) - 1;
  std::size_t i = 0;
  for (; i + bytes::Block::size <= text.size(); i += bytes::Block::size) {
    if (bytes::Block::load(text.data() + i).in(0x20, 0x7E).mask() != k_all) return false;
  }
  for (; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c >= 0x7F) return false;
  }
  return true;
}

// The cells of one source line. A line of printable ASCII alone, the
// common case, keeps no cells: its cell c is its byte c, one column wide.
struct LineCells {
  std::size_t begin = 0;  // display offset of the line
  bool ascii = false;
  std::vector<Cell> cells;  // when not ascii
  std::size_t count = 0;    // cells on the line
  std::size_t width = 0;    // columns of the whole line

  std::size_t byte(std::size_t c) const { return ascii ? begin + c : cells[c].byte; }
  std::size_t width_of(std::size_t c) const { return ascii ? 1 : cells[c].width; }
  // The number of cells that start before display offset `offset`.
  std::size_t cells_before(std::size_t offset) const {
    if (ascii) return std::min(count, offset > begin ? offset - begin : 0);
    const auto byte_below = [](const Cell& cell, std::size_t b) { return cell.byte < b; };
    return static_cast<std::size_t>(std::lower_bound(cells.begin(), cells.end(), offset, byte_below) - cells.begin());
  }
};
using CellCache = std::map<std::pair<FileId, std::size_t>, LineCells>;

LineCells line_cells(std::string_view bytes, ByteRange line) {
  LineCells out;
  out.begin = line.begin;
  const std::string_view text = bytes.substr(line.begin, line.size());
  out.ascii = printable_ascii(text);
  if (out.ascii) {
    out.count = text.size();
    out.width = text.size();
    return out;
  }
  out.cells = cells_of(bytes, line);
  out.count = out.cells.size();
  for (const Cell& c : out.cells) out.width += c.width;
  return out;
}

// The source line under a location and the caret line beneath it.
// The cells of the lines already rendered are cached: many findings on one
// long line must not decode it again each time.
void append_snippet(std::string& out, const SourceFile& file, ByteRange original, const Style& style,
                    CellCache& cache) {
  const ByteRange range{file.to_display(original.begin), file.to_display(original.end)};
  const std::size_t index = file.line_index(range.begin);
  ByteRange line = file.line_range(index);
  // The byte-order mark is not shown, as an editor does not show it.
  if (index == 0 && file.display_text().starts_with("\xEF\xBB\xBF") && line.size() >= 3) line.begin += 3;
  auto cached = cache.find({file.id(), index});
  if (cached == cache.end()) cached = cache.emplace(std::make_pair(file.id(), index), line_cells(file.display_text(), line)).first;
  const LineCells& cells = cached->second;
  // Cells covered by the range, clipped to this line.
  std::size_t first = cells.cells_before(range.begin);
  std::size_t last = cells.cells_before(range.end);  // exclusive
  if (first == cells.count) {
    last = first;  // the range starts at the end of the line
  } else {
    last = std::max(last, first + 1);
  }
  std::size_t from = 0;
  std::size_t to = cells.count;
  if (cells.width > k_snippet_width) {
    // Window: some context before the range, as much as fits after it.
    std::size_t before = 0;
    from = first;
    while (from > 0 && before + cells.width_of(from - 1) <= k_context_before) before += cells.width_of(--from);
    std::size_t width = 0;
    to = from;
    while (to < cells.count && width + cells.width_of(to) <= k_snippet_width) width += cells.width_of(to++);
  }
  std::string source_line(k_indent);
  std::string caret_line(k_indent);
  if (from > 0) {
    source_line += "...";
    caret_line += "   ";
  }
  if (cells.ascii) {
    source_line += file.display_text().substr(cells.byte(from), to - from);
  } else {
    for (std::size_t c = from; c < to; ++c) append_cell(source_line, file.display_text(), cells.cells[c]);
  }
  bool placed = false;
  for (std::size_t c = from; c < to && c < last; ++c) {
    const std::size_t w = cells.width_of(c);
    if (c < first) {
      caret_line.append(w, ' ');
    } else {
      caret_line.append(1, c == first ? '^' : '~');
      caret_line.append(w > 0 ? w - 1 : 0, '~');
      placed = placed || c == first;
    }
  }
  if (to < cells.count) source_line += "...";
  if (!placed) caret_line += '^';  // range at end of line
  while (!caret_line.empty() && caret_line.back() == ' ') caret_line.pop_back();
  out += source_line;
  out += '\n';
  out += style.caret() + caret_line.substr(0, k_indent.size()) + caret_line.substr(k_indent.size()) + style.reset();
  out += '\n';
}

void append_entry(std::string& out, const SourceManager& sources, const SourceRange& range, Severity severity,
                  std::string_view message, std::string_view check, const Style& style, CellCache& cache) {
  if (range.file == FileId::invalid) {
    out += style.bold() + "claimlint: " + style.reset();
  } else {
    const SourceFile& file = sources.get(range.file);
    const LineColumn lc = line_column(file, range.bytes.begin);
    out += style.bold() + fmt::format("{}:{}:{}: ", file.name(), lc.line, lc.column) + style.reset();
  }
  out += style.severity(severity) + std::string(severity_name(severity)) + ":" + style.reset() + " ";
  out += style.bold() + std::string(message) + style.reset();
  if (!check.empty()) out += fmt::format(" [{}]", check);
  out += '\n';
  if (range.file != FileId::invalid) append_snippet(out, sources.get(range.file), range.bytes, style, cache);
}

}  // namespace

void sort_diagnostics(std::vector<Diagnostic>& diags, const SourceManager& sources) {
  // Each path is looked up once, and the sort moves indices, not
  // diagnostics; a stable sort of the indices gives the same order.
  static const std::string empty;
  std::vector<const std::string*> names(diags.size());
  for (std::size_t i = 0; i < diags.size(); ++i) {
    const FileId file = diags[i].range.file;
    names[i] = file == FileId::invalid ? &empty : &sources.get(file).name();
  }
  auto key = [&](std::size_t i) {
    const Diagnostic& d = diags[i];
    return std::tie(*names[i], d.range.bytes.begin, d.check, d.message);
  };
  std::vector<std::size_t> order(diags.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
  std::vector<Diagnostic> sorted;
  sorted.reserve(diags.size());
  for (const std::size_t i : order) sorted.push_back(std::move(diags[i]));
  diags = std::move(sorted);
}

namespace {

std::string render_with_cache(const Diagnostic& d, const SourceManager& sources, const RenderOptions& options,
                              CellCache& cache) {
  const Style style{options.color};
  std::string out;
  append_entry(out, sources, d.range, d.severity, d.message, d.check, style, cache);
  for (const Note& n : d.notes) append_entry(out, sources, n.range, Severity::note, n.message, {}, style, cache);
  return out;
}

}  // namespace

std::string render_text_one(const Diagnostic& d, const SourceManager& sources, const RenderOptions& options) {
  CellCache cache;
  return render_with_cache(d, sources, options, cache);
}

std::string render_text(std::span<const Diagnostic> diags, const SourceManager& sources,
                        const RenderOptions& options) {
  std::string out;
  CellCache cache;
  for (const Diagnostic& d : diags) out += render_with_cache(d, sources, options, cache);
  return out;
}

void sort_run_messages(std::vector<RunMessage>& messages) {
  std::stable_sort(messages.begin(), messages.end(),
                   [](const RunMessage& a, const RunMessage& b) { return a.order < b.order; });
}

std::string render_run_message(const RunMessage& m, bool color) {
  const Style style{color};
  std::string where = "claimlint: ";
  if (!m.path.empty() && m.line > 0) where = fmt::format("{}:{}:{}: ", m.path, m.line, m.column);
  return style.bold() + where + style.reset() + style.severity(m.level) + std::string(severity_name(m.level)) +
         ":" + style.reset() + " " + m.text + "\n";
}

}  // namespace claimlint
