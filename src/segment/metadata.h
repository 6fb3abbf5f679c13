// Copying the metadata the markup stage found into a Document (issue 3).
#pragma once

#include "markup/metadata.h"
#include "segment/document.h"

namespace claimlint {

/// Sets the fields of `meta` that `found` has (date, title, language) and
/// leaves the others. Call it before applying --date and --lang, which win.
inline void merge_metadata(const MarkupMetadata& found, Metadata& meta) {
  if (found.lang) meta.lang = *found.lang;
  if (found.date) meta.date = found.date;
  if (found.title) meta.title = found.title;
}

}  // namespace claimlint
