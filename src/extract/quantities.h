// extract_quantities: the typed quantities of one sentence (issue 4).
#pragma once

#include <string_view>
#include <vector>

#include "extract/quantity.h"
#include "extract/token.h"
#include "ruleset/lexicon.h"

namespace claimlint {

/// The quantities of `sentence` (any text: a sentence or a paragraph), in
/// text order, read with the words and marks of `lex`. Pure: no I/O, no
/// state. Ranges are byte ranges into `sentence`.
///
/// Not quantities: product and model names (H200, COVID-19, 5G), years
/// ("in 2023"), day numbers next to a month ("December 8"), times of day,
/// dotted strings (IP addresses, versions), list numbering, street
/// numbers, and whatever the lexicon's exclude_patterns match (URLs, phone
/// numbers). Vague amounts without a figure ("for months", "hundreds of
/// thousands") are not emitted either.
std::vector<Quantity> extract_quantities(std::string_view sentence, const LanguageLexicon& lex);

/// extract_quantities without its first step, which returns nothing for a
/// sentence with no ASCII digit and no word of lex.digitless_triggers:
/// this scan finds nothing there either (tested on random sentences).
std::vector<Quantity> scan_quantities(std::string_view sentence, const LanguageLexicon& lex);

/// Splits a currency symbol glued to its digits off their word token
/// ("R186" of "R186-million", "KSh4" of "KSh4.1bn", "Rs500"): a symbol of
/// lex.currency_symbols made of letters, or one of
/// lex.glued_currency_symbols when the amount has money's shape.
void split_glued_currency(std::vector<ScanToken>& tokens, const LanguageLexicon& lex);

/// Whether `text` writes its figures with a decimal point and commas that
/// group thousands ("2,315 tomas", "38.5 millones") and never the other
/// way ("3,5 %", "1.240 trabajadores"): two such figures at least, and
/// none the other way. A number with one to two digits after a comma is
/// a decimal comma; one with three after a point a point that groups.
bool writes_decimal_point(std::string_view text);

/// The same with the lexicon of language `lang` (see Lexicon::find); no
/// quantities if no lexicon is loaded.
std::vector<Quantity> extract_quantities(std::string_view sentence, const Lexicon& lexicon, std::string_view lang);

}  // namespace claimlint
