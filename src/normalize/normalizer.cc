// Normalization: one clean form of the text for analysis.
#include "normalize/normalizer.h"

namespace claimlint {

NormalizeResult normalize(std::string_view text) {
  // Line ends are unified to "\n"; everything else is kept as is.
  NormalizeResult r;
  r.text.reserve(text.size());
  OffsetMapBuilder b;
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') continue;
    r.text.append(text.substr(run, i - run));
    b.copy(i - run);
    const std::size_t len = (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
    r.text.push_back('\n');
    b.replace(1, len);
    i += len - 1;
    run = i + 1;
  }
  r.text.append(text.substr(run));
  b.copy(text.size() - run);
  r.map = std::move(b).finish(text.size());
  return r;
}

}  // namespace claimlint
