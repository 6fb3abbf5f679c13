// HtmlTextRuns: HTML with its long runs of plain text folded to one
// character each before gumbo reads it, and gumbo's tree put back after.
//
// gumbo's tokenizer emits one token per character of text and its tree
// builder handles each one (about 550 instructions per byte of prose, the
// largest cost of reading an HTML story). Where gumbo builds its tree, a
// run of text characters counts only as "white space" or "not": the tree
// is the same if the inside of a run (from its first to its last
// non-space character) is one private-use character, U+E000. So fold()
// writes such a copy, gumbo parses it, and restore() rewrites the tree's
// text, positions and source pointers to the input's, as if gumbo had
// read the input itself.
//
// Only text the pre-scan is sure gumbo reads in its data state is folded:
// outside tags, comments, doctypes, raw text (script, style, ...) and
// RCDATA (title, textarea); without '&' (character references), CR, NUL,
// controls, noncharacters or a byte-order mark, characters gumbo would
// change. Anything the scan cannot follow (SVG or MathML, whose CDATA
// sections it does not track; <plaintext>; a frameset; an unterminated
// tag or comment; a script holding "<!--") ends folding there. A document
// holding U+E000 itself, literally or as a numeric reference, is not
// folded at all.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <gumbo.h>

namespace claimlint {

class HtmlTextRuns {
 public:
  /// The folded copy of `html`, or nothing if no run is worth folding.
  /// `html` must outlive the result.
  static std::optional<HtmlTextRuns> fold(std::string_view html, std::size_t min_run = 8);

  /// The text gumbo is to read.
  std::string_view folded() const { return folded_; }
  std::size_t run_count() const { return runs_.size(); }

  /// Rewrites the tree gumbo built from folded() as if built from the
  /// input: text nodes get the runs back, and every source pointer and
  /// offset points into the input. Strings are replaced through `options`'
  /// allocator. False if the tree does not hold the runs where expected
  /// (the tree is then unusable: parse the input instead).
  bool restore(GumboOutput* output, const GumboOptions& options) const;

  /// The input offset of folded-text offset `m` (not inside a marker).
  std::size_t to_input(std::size_t m) const;
  /// The same, searched from run `hint` outward, which is left where the
  /// search ended: a few steps for an offset near the one before.
  std::size_t to_input(std::size_t m, std::size_t& hint) const;

 private:
  struct Run {
    std::size_t folded = 0;  // offset of the marker in folded_
    std::size_t input = 0;   // offset of the run's inside in the input
    std::size_t length = 0;  // its length in bytes
  };
  /// The first run for which `pred` fails (`pred` holds for a prefix of
  /// runs_), searched from `hint` outward in doubling steps; `hint` is set
  /// to it.
  template <class Pred>
  std::size_t partition_point_near(std::size_t& hint, Pred pred) const;

  std::string_view input_;
  std::string folded_;
  std::vector<Run> runs_;  // in text order
};

}  // namespace claimlint
