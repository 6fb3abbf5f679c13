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
#include <span>
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
  std::size_t claim_count = 0;           ///< claims in the line, kept or not (ClaimFilter)
  std::vector<RunMessage> messages;      ///< skipped-file notes
};

/// The JSON line of one document (ending in "\n"). Ranges of `diagnostics`
/// and `claims` must lie in `file`.
std::string write_document_record(const SourceFile& file, bool reference, bool analysed,
                                  const std::vector<Diagnostic>& diagnostics, const std::vector<Claim>& claims,
                                  const std::vector<RunMessage>& messages);

/// Parses a claims file (the text of `path`). Errors name the file and line.
Expected<std::vector<DocumentRecord>> read_claims_file(const std::string& path, std::string_view text);

/// Which claims of a record to keep: called on the parsing threads, for
/// every claim as it is read. An empty filter keeps all.
using ClaimFilter = std::function<bool(const Claim&)>;

/// Parses a claims file line by line from `in`, handing the records to
/// `each_batch` in file order, a batch at a time as they are read, so that
/// the file is never held whole (the lines of a batch are parsed on up to
/// `jobs` threads, which drop the claims `keep` rejects). Stops at the
/// first bad line, whose error names the file and line, after handing
/// over the records before it.
std::optional<Error> read_claims_batches(const std::string& path, std::istream& in,
                                         const std::function<void(std::span<DocumentRecord>)>& each_batch,
                                         unsigned jobs = 1, const ClaimFilter& keep = {});

/// As read_claims_batches, handing each record to `each`.
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
