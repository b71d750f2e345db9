// Archives of articles: tar (plain, or compressed with gzip, zstd, xz or
// bzip2), zip, and WARC web-crawl files (Common Crawl and the like), read
// entry by entry with libarchive.  Every entry is then an input of its own:
// a text, an HTML page, a JSON Lines file, even another compressed file.
#pragma once
#include <functional>
#include <string>
#include <string_view>

namespace parley::io {

enum class ArchiveKind { kNone, kTar, kZip, kWarc };

// Recognises an archive from the first bytes of its (decompressed) content:
// "ustar" at offset 257 (tar), "PK\3\4" (zip), "WARC/" (WARC).
ArchiveKind sniff_archive(std::string_view head);

struct ArchiveEntry {
  std::string name;   // path inside the archive, or the URL of a WARC record
  std::string url;    // WARC-Target-URI of a WARC record, else empty
  std::string bytes;  // the entry's content (for a WARC response, the HTTP body)
};

// Calls `on_entry` for each regular file of the archive (each "response" or
// "resource" record of a WARC file).  `archive` may be compressed.  Returns
// false with `error` set when the archive is corrupt or truncated; the entries
// read before the damage have been delivered.
bool for_each_archive_entry(std::string_view archive, const std::function<void(ArchiveEntry&&)>& on_entry,
                            std::string& error);

}  // namespace parley::io
