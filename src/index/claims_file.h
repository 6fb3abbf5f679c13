// Claims files: the output of the map step (`claimlint extract --claims`)
// and the input of the reduce step (`claimlint check --claims`), one JSON
// line per document with its claims and its document-level findings.
//
//   {"claimlint_claims":1,"path":"corpus/a.txt","reference":false,
//    "analysed":true,"diagnostics":[...],"claims":[...],"messages":[...]}
//
// Offsets are bytes of the original file; the reduce step re-reads the file
// for excerpts, lines and columns.
#pragma once

#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "bind/claim.h"
#include "diag/diagnostic.h"
#include "report/renderer.h"
#include "source/source_file.h"
#include "util/expected.h"

namespace claimlint {

/// One document as the map step saw it.
struct DocumentRecord {
  std::string path;
  bool reference = false;
  bool analysed = false;                 ///< false: skipped (binary, empty)
  std::vector<Diagnostic> diagnostics;   ///< document-level findings, file ids unset
  std::vector<Claim> claims;             ///< file ids unset
  std::vector<RunMessage> messages;      ///< skipped-file notes
};

/// The JSON line of one document (ending in "\n"). Ranges of `diagnostics`
/// and `claims` must lie in `file`.
std::string write_document_record(const SourceFile& file, bool reference, bool analysed,
                                  const std::vector<Diagnostic>& diagnostics, const std::vector<Claim>& claims,
                                  const std::vector<RunMessage>& messages);

/// Parses a claims file (the text of `path`). Errors name the file and line.
Expected<std::vector<DocumentRecord>> read_claims_file(const std::string& path, std::string_view text);

/// Parses a claims file line by line from `in`, handing each record to
/// `each` in file order as it is read, so that the file is never held
/// whole (lines are parsed in batches, on up to `jobs` threads). Stops at
/// the first bad line, whose error names the file and line.
std::optional<Error> read_claims_stream(const std::string& path, std::istream& in,
                                        const std::function<void(DocumentRecord&&)>& each, unsigned jobs = 1);

namespace detail {
/// The two readings of one claims-file line, exposed for tests. Without a
/// document tree (JsonReader), nullopt wherever nlohmann::json must
/// decide; and through nlohmann::json, with the errors. Where the first
/// gives a record, the second gives the same one.
std::optional<DocumentRecord> read_record_fast(std::string_view line);
Expected<std::optional<DocumentRecord>> read_record_tree(const std::string& path, std::string_view line,
                                                         std::size_t line_no);
}  // namespace detail

/// Points every range of `record` at `file` (after the reduce step has
/// re-read it).
void attach_file(DocumentRecord& record, FileId file);

}  // namespace claimlint
