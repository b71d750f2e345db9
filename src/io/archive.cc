#include "io/archive.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <memory>

#include "io/decompress.h"

namespace parley::io {

ArchiveKind sniff_archive(std::string_view head) {
  if (head.size() >= 262 && head.substr(257, 5) == "ustar") return ArchiveKind::kTar;
  if (head.size() >= 4 && head.substr(0, 4) == std::string_view("PK\3\4", 4)) return ArchiveKind::kZip;
  if (head.substr(0, 5) == "WARC/") return ArchiveKind::kWarc;
  return ArchiveKind::kNone;
}

namespace {

using ArchivePtr = std::unique_ptr<struct archive, decltype(&archive_read_free)>;

ArchivePtr open_archive(std::string_view bytes, std::string& error) {
  ArchivePtr a(archive_read_new(), &archive_read_free);
  archive_read_support_filter_all(a.get());
  archive_read_support_format_tar(a.get());
  archive_read_support_format_gnutar(a.get());
  archive_read_support_format_zip(a.get());
  if (archive_read_open_memory(a.get(), bytes.data(), bytes.size()) != ARCHIVE_OK) {
    error = std::string("cannot open archive: ") + archive_error_string(a.get());
    a.reset();
  }
  return a;
}

// A WARC "response" record holds the HTTP response: status line and headers,
// a blank line, then the page.  Only the page is an article.
void drop_http_headers(std::string& bytes) {
  if (bytes.compare(0, 5, "HTTP/") != 0) return;
  size_t end = bytes.find("\r\n\r\n");
  size_t skip = 4;
  if (end == std::string::npos) {
    end = bytes.find("\n\n");
    skip = 2;
  }
  bytes.erase(0, end == std::string::npos ? bytes.size() : end + skip);
}

// Reads a WARC file (ISO 28500) record by record from a window of the
// (decompressed) stream: each record is a block of "Name: value" header lines,
// a blank line, then Content-Length bytes.  libarchive reads WARC too, but
// keeps only the path of a record's URL, and the URL is the page's identity.
class WarcReader {
 public:
  WarcReader(std::string_view bytes) : bytes_(bytes) {
    if (Compression kind = sniff_compression(bytes); kind != Compression::kNone)
      decoder_ = Decompressor::create(kind, bytes);
    else
      window_.assign(bytes);
  }

  // Delivers the next "response" or "resource" record; false at the end or on damage.
  bool next(ArchiveEntry& entry, std::string& error) {
    while (true) {
      size_t header_end;
      while ((header_end = window_.find("\r\n\r\n")) == std::string::npos)
        if (!more()) return finish(error, "truncated WARC record header");
      std::string_view header(window_.data(), header_end);
      if (header.substr(0, 5) != "WARC/") return finish(error, "not a WARC record");
      size_t length = std::strtoull(field(header, "Content-Length").c_str(), nullptr, 10);
      size_t body_start = header_end + 4;
      while (window_.size() < body_start + length)
        if (!more()) return finish(error, "truncated WARC record");
      std::string type = field(header, "WARC-Type");
      bool page = type == "response" || type == "resource";
      if (page) {
        entry.url = field(header, "WARC-Target-URI");
        // Some writers wrap the URI in angle brackets (WARC 1.0 grammar).
        if (entry.url.size() > 2 && entry.url.front() == '<' && entry.url.back() == '>')
          entry.url = entry.url.substr(1, entry.url.size() - 2);
        entry.name = entry.url.empty() ? field(header, "WARC-Record-ID") : entry.url;
        entry.bytes.assign(window_, body_start, length);
        if (type == "response") drop_http_headers(entry.bytes);
      }
      window_.erase(0, body_start + length);
      // Records are followed by two CRLFs.
      size_t pad = 0;
      while (pad < window_.size() && (window_[pad] == '\r' || window_[pad] == '\n')) ++pad;
      window_.erase(0, pad);
      if (page) return true;
      if (window_.empty() && !more()) return finish(error, "");
    }
  }

 private:
  bool more() {
    if (!decoder_) return false;
    return decoder_->next(window_, 1 << 20);
  }
  bool finish(std::string& error, const std::string& problem) {
    if (decoder_ && !decoder_->error().empty())
      error = decoder_->error();
    else if (!(window_.empty() || std::all_of(window_.begin(), window_.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); })))
      error = problem;
    return false;
  }
  // The value of header line "Name: value" (names compared without case).
  static std::string field(std::string_view header, std::string_view name) {
    size_t pos = 0;
    while (pos < header.size()) {
      size_t end = header.find("\r\n", pos);
      if (end == std::string_view::npos) end = header.size();
      std::string_view line = header.substr(pos, end - pos);
      pos = end + 2;
      if (line.size() > name.size() && line[name.size()] == ':' &&
          std::equal(name.begin(), name.end(), line.begin(),
                     [](char a, char b) { return std::tolower((unsigned char)a) == std::tolower((unsigned char)b); })) {
        std::string_view value = line.substr(name.size() + 1);
        while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
        while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
        return std::string(value);
      }
    }
    return "";
  }

  std::string_view bytes_;
  std::unique_ptr<Decompressor> decoder_;
  std::string window_;
};

bool read_entry_data(struct archive* a, std::string& out) {
  char buffer[1 << 16];
  while (true) {
    la_ssize_t n = archive_read_data(a, buffer, sizeof buffer);
    if (n < 0) return false;
    if (n == 0) return true;
    out.append(buffer, static_cast<size_t>(n));
  }
}


bool for_each_tar_or_zip_entry(std::string_view bytes, const std::function<void(ArchiveEntry&&)>& on_entry,
                               std::string& error) {
  ArchivePtr a = open_archive(bytes, error);
  if (!a) return false;
  struct archive_entry* header = nullptr;
  while (true) {
    int rc = archive_read_next_header(a.get(), &header);
    if (rc == ARCHIVE_EOF) return true;
    if (rc < ARCHIVE_WARN) {
      error = std::string("corrupt archive: ") + archive_error_string(a.get());
      return false;
    }
    if (archive_entry_filetype(header) != AE_IFREG) continue;
    ArchiveEntry entry;
    const char* name = archive_entry_pathname(header);
    entry.name = name ? name : "";
    if (!read_entry_data(a.get(), entry.bytes)) {
      error = "corrupt archive entry " + entry.name + ": " + archive_error_string(a.get());
      return false;
    }
    on_entry(std::move(entry));
  }
}

}  // namespace

bool for_each_archive_entry(std::string_view bytes, const std::function<void(ArchiveEntry&&)>& on_entry,
                            std::string& error) {
  std::string head;
  if (Compression kind = sniff_compression(bytes); kind != Compression::kNone)
    Decompressor::create(kind, bytes)->next(head, 4096);
  else
    head.assign(bytes.substr(0, 4096));
  if (sniff_archive(head) != ArchiveKind::kWarc) return for_each_tar_or_zip_entry(bytes, on_entry, error);
  WarcReader warc(bytes);
  ArchiveEntry entry;
  while (warc.next(entry, error)) on_entry(std::move(entry));
  return error.empty();
}

}  // namespace parley::io
