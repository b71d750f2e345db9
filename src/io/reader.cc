#include "parley/reader.h"

#include <simdjson.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "clean/text_cleaner.h"
#include "io/archive.h"
#include "io/decompress.h"
#include "io/encoding.h"
#include "io/formats.h"

namespace parley {
namespace io {
namespace {

std::string_view skip_space(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(i);
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

}  // namespace

// The document id from a file name: "dir/001_8bc9.txt.gz" -> "001_8bc9".
std::string id_from_origin(const std::string& origin) {
  std::string name = std::filesystem::path(origin).filename().string();
  for (const char* ext : {".gz", ".zst", ".txt", ".html", ".htm", ".xhtml", ".jsonl", ".json"}) {
    std::string_view e(ext);
    if (name.size() > e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0)
      name.resize(name.size() - e.size());
  }
  return name.empty() ? origin : name;
}

namespace {

bool object_line(std::string_view line) {
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.remove_suffix(1);
  return line.size() >= 2 && line.front() == '{' && line.back() == '}';
}

// JSON Lines when the first line is a complete JSON object, or when most of
// the first few lines are: a feed cut in the middle of a line (a split file,
// a truncated download) still reads as a feed with one bad line, not as one
// article made of JSON text.
bool looks_like_json_lines(std::string_view s) {
  constexpr int kLinesLooked = 5;
  int lines = 0, objects = 0;
  for (size_t pos = 0; pos < s.size() && lines < kLinesLooked;) {
    size_t nl = s.find('\n', pos);
    std::string_view line = s.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? s.size() : nl + 1;
    if (skip_space(line).empty()) continue;
    bool object = object_line(skip_space(line));
    if (lines++ == 0 && object) return true;
    objects += object;
  }
  return objects >= 2 && objects * 2 > lines;
}

}  // namespace

InputFormat sniff_format(std::string_view utf8) {
  std::string_view s = skip_space(utf8);
  if (looks_like_json_lines(s)) return InputFormat::kJsonLines;
  if (!s.empty() && s.front() == '<') {
    for (const char* tag :
         {"<!doctype html", "<html", "<head", "<body", "<!--", "<?xml", "<meta", "<div", "<p", "<article", "<title"})
      if (starts_with_ci(s, tag)) return InputFormat::kHtml;
  }
  // HTML fragments that do not start with a tag but are full of block markup.
  std::string_view head = s.substr(0, 2048);
  if (head.find("</p>") != std::string_view::npos || head.find("</div>") != std::string_view::npos ||
      head.find("<br") != std::string_view::npos)
    return InputFormat::kHtml;
  return InputFormat::kText;
}

bool build_document(Document& doc, const ReadOptions& options, std::string& error) {
  if (doc.format == InputFormat::kHtml) {
    if (!read_html(doc, error)) return false;
  } else {
    read_plain_text(doc);
    if (options.clean) clean::classify_text_blocks(doc);
  }
  if (doc.id.empty()) doc.id = id_from_origin(doc.origin);
  // The URL's date is the last resort: metadata, the page's own date lines
  // and datelines come first.
  if (doc.pub_date_basis == DateBasis::kUnknown && !doc.url.empty()) {
    if (Date d = clean::date_in_url(doc.url); d.known()) {
      doc.pub_date = d;
      doc.pub_date_basis = DateBasis::kUrl;
    }
  }
  bool has_text =
      std::any_of(doc.blocks.begin(), doc.blocks.end(), [](const Block& b) { return is_main_text(b.kind); });
  if (!has_text && !options.keep_empty) {
    error = "no article text found";
    return false;
  }
  return true;
}

namespace {

std::string field(const simdjson::dom::object& obj, std::string_view key) {
  simdjson::dom::element v;
  if (obj.at_key(key).get(v) != simdjson::SUCCESS || v.is_null() || v.is_object() || v.is_array()) return "";
  std::string_view s;
  if (v.get_string().get(s) == simdjson::SUCCESS) return std::string(s);
  return simdjson::minify(v);  // numbers or booleans used as ids
}

}  // namespace

size_t read_json_lines(std::string_view data, const std::string& origin, const ReadOptions& options,
                       const DocumentSink& on_document, const ErrorSink& on_error, size_t first_line) {
  // The DOM parser validates the whole line before any field is read: the
  // on-demand parser reads lazily, and a line with an unescaped quote
  // ("He said "no"") sent it past the line's end.
  static thread_local simdjson::dom::parser parser;
  size_t failed = 0, line_no = first_line - 1, pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    size_t end = nl == std::string_view::npos ? data.size() : nl;
    std::string_view line = data.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (skip_space(line).empty()) continue;
    std::string where = origin + ":" + std::to_string(line_no);
    Document doc;
    doc.origin = where;
    std::string body_text, body_html;
    // simdjson reads up to SIMDJSON_PADDING bytes past the line; inside the
    // buffer those are the next lines, so only a line near its end is copied.
    bool padded_in_place = data.size() - (line.data() - data.data()) - line.size() >= simdjson::SIMDJSON_PADDING;
    simdjson::dom::element root;
    simdjson::error_code parse_error = parser.parse(line.data(), line.size(), !padded_in_place).get(root);
    if (parse_error) {
      on_error({where, std::string("invalid JSON: ") + simdjson::error_message(parse_error)});
      ++failed;
      continue;
    }
    simdjson::dom::object obj;
    if (root.get_object().get(obj) != simdjson::SUCCESS) {
      on_error({where, "invalid JSON Lines: the line is no JSON object"});
      ++failed;
      continue;
    }
    doc.id = field(obj, "id");
    doc.url = field(obj, "url");
    doc.source = field(obj, "source");
    doc.title = field(obj, "title");
    std::string date = field(obj, "date");
    if (date.empty()) date = field(obj, "pub_date");
    if (date.empty()) date = field(obj, "published");
    body_html = field(obj, "html");
    body_text = field(obj, "text");
    if (body_text.empty()) body_text = field(obj, "content");
    Date d = clean::parse_standalone_date(date.substr(0, 10));
    if (d.known()) {
      doc.pub_date = d;
      doc.pub_date_basis = DateBasis::kMetadata;
    }
    if (body_html.empty() && body_text.empty()) {
      on_error({where, "JSON line has neither a \"text\" nor an \"html\" field"});
      ++failed;
      continue;
    }
    if (!body_html.empty()) {
      doc.format = InputFormat::kHtml;
      doc.input = std::move(body_html);
    } else {
      doc.format = InputFormat::kText;
      doc.input = std::move(body_text);
    }
    std::string error;
    if (!build_document(doc, options, error)) {
      on_error({where, error});
      ++failed;
      continue;
    }
    on_document(std::move(doc));
  }
  return failed;
}

}  // namespace io

namespace {

// A compressed JSON Lines archive is decoded through a window of a few
// megabytes: complete lines are read as they arrive and the partial last line
// is carried over, so memory stays small and the buffer stays cache-warm.
size_t read_json_lines_stream(io::Decompressor& decoder, std::string window, const std::string& origin,
                              const ReadOptions& options, const DocumentSink& on_document, const ErrorSink& on_error) {
  constexpr size_t kChunk = 4 << 20;
  size_t failed = 0, line = 1;
  bool more = true;
  while (true) {
    size_t last_newline = window.rfind('\n');
    if (last_newline != std::string::npos) {
      std::string_view complete(window.data(), last_newline + 1);
      failed += io::read_json_lines(complete, origin, options, on_document, on_error, line);
      line += static_cast<size_t>(std::count(complete.begin(), complete.end(), '\n'));
      window.erase(0, last_newline + 1);
    }
    if (!more) break;
    more = decoder.next(window, kChunk);
  }
  if (!decoder.error().empty()) {
    on_error({origin, decoder.error() + " (after line " + std::to_string(line - 1) + ")"});
    return failed + 1;
  }
  if (!window.empty()) failed += io::read_json_lines(window, origin, options, on_document, on_error, line);
  return failed;
}

}  // namespace

namespace {

// What a container tells about one of its entries (a WARC record's URL).
struct EntryContext {
  std::string entry_name;  // path inside the archive
  std::string url;
  int depth = 0;  // archives inside archives, bounded against archive bombs
};

size_t read_one_input(std::string bytes, const std::string& origin, const EntryContext& context,
                      const ReadOptions& options, const DocumentSink& on_document, const ErrorSink& on_error);

// Every entry of an archive is an input of its own, named "archive!entry".
size_t read_archive(const std::string& bytes, const std::string& origin, const EntryContext& context,
                    const ReadOptions& options, const DocumentSink& on_document, const ErrorSink& on_error) {
  constexpr int kMaxDepth = 3;
  if (context.depth >= kMaxDepth) {
    on_error({origin, "archives nested more than " + std::to_string(kMaxDepth) + " deep"});
    return 1;
  }
  size_t failed = 0, entries = 0;
  std::string error;
  bool intact = io::for_each_archive_entry(
      bytes,
      [&](io::ArchiveEntry&& entry) {
        ++entries;
        std::string where = origin + "!" + entry.name;
        if (entry.bytes.empty()) return;  // WARC requests, empty files: nothing to read
        EntryContext inner{entry.name, entry.url, context.depth + 1};
        failed += read_one_input(std::move(entry.bytes), where, inner, options, on_document, on_error);
      },
      error);
  if (!intact) {
    on_error({origin, error + " (after " + std::to_string(entries) + " entries)"});
    ++failed;
  } else if (entries == 0) {
    on_error({origin, "archive holds no files"});
    ++failed;
  }
  return failed;
}

size_t read_one_input(std::string bytes, const std::string& origin, const EntryContext& context,
                      const ReadOptions& options, const DocumentSink& on_document, const ErrorSink& on_error) {
  auto fail = [&](const std::string& message) {
    on_error({origin, message});
    return size_t{1};
  };
  if (bytes.empty()) return fail("empty input");
  if (io::sniff_archive(bytes) != io::ArchiveKind::kNone)
    return read_archive(bytes, origin, context, options, on_document, on_error);
  std::string error;
  if (io::Compression kind = io::sniff_compression(bytes); kind != io::Compression::kNone) {
    auto decoder = io::Decompressor::create(kind, bytes);
    std::string head;
    decoder->next(head, 1 << 16);
    // A compressed archive (.tar.gz, .warc.gz) is handed whole to libarchive,
    // which decompresses it as it reads.
    if (io::sniff_archive(head) != io::ArchiveKind::kNone)
      return read_archive(bytes, origin, context, options, on_document, on_error);
    if (!head.empty() && !io::looks_binary(head) && io::sniff_format(head) == InputFormat::kJsonLines)
      return read_json_lines_stream(*decoder, std::move(head), origin, options, on_document, on_error);
    // Anything else is one document: decode it whole.
    while (decoder->next(head, 1 << 20)) {
    }
    if (!decoder->error().empty()) return fail(decoder->error());
    bytes.swap(head);
  }
  if (bytes.empty()) return fail("empty input after decompression");
  // UTF-16 text has NUL bytes; let the BOM speak before calling it binary.
  bool utf16 =
      bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
  if (!utf16 && io::looks_binary(bytes))
    return fail("binary data, not text, HTML, JSON Lines or an archive (tar, zip, WARC)");
  std::string declared = io::sniff_html_charset(bytes);
  if (!io::to_utf8(bytes, declared, error)) return fail(error);

  InputFormat format = io::sniff_format(bytes);
  if (format == InputFormat::kJsonLines) return io::read_json_lines(bytes, origin, options, on_document, on_error);

  Document doc;
  doc.origin = origin;
  doc.format = format;
  doc.input = std::move(bytes);
  if (!context.url.empty()) {
    // A crawled page is known by its URL; its name inside the file means nothing.
    doc.url = context.url;
    doc.id = context.url;
  } else if (!context.entry_name.empty()) {
    doc.id = io::id_from_origin(context.entry_name);  // "news.tar!2017/001.html" is "001"
  }
  if (!io::build_document(doc, options, error)) return fail(error);
  on_document(std::move(doc));
  return 0;
}

}  // namespace

size_t read_buffer(std::string bytes, const std::string& origin, const ReadOptions& options,
                   const DocumentSink& on_document, const ErrorSink& on_error) {
  return read_one_input(std::move(bytes), origin, EntryContext{}, options, on_document, on_error);
}

namespace {

bool read_file(const std::string& path, std::string& bytes, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::string("cannot open: ") + std::strerror(errno);
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    error = "read error";
    return false;
  }
  bytes = ss.str();
  return true;
}

void collect_files(const std::filesystem::path& dir, std::vector<std::string>& out) {
  std::vector<std::filesystem::path> entries;
  std::error_code ec;
  for (auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().filename().string().front() == '.') continue;
    entries.push_back(e.path());
  }
  std::sort(entries.begin(), entries.end());
  for (auto& p : entries) {
    if (std::filesystem::is_directory(p))
      collect_files(p, out);
    else
      out.push_back(p.string());
  }
}

}  // namespace

size_t read_inputs(const std::vector<std::string>& paths, const ReadOptions& options, const DocumentSink& on_document,
                   const ErrorSink& on_error) {
  size_t failed = 0;
  for (const std::string& path : paths) {
    if (path == "-") {
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      failed += read_buffer(ss.str(), "<stdin>", options, on_document, on_error);
      continue;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      std::vector<std::string> files;
      collect_files(path, files);
      if (files.empty()) {
        on_error({path, "directory holds no files"});
        ++failed;
      }
      for (const auto& f : files) failed += read_inputs({f}, options, on_document, on_error);
      continue;
    }
    std::string bytes, error;
    if (!std::filesystem::exists(path, ec)) {
      on_error({path, "no such file or directory"});
      ++failed;
      continue;
    }
    if (!read_file(path, bytes, error)) {
      on_error({path, error});
      ++failed;
      continue;
    }
    failed += read_buffer(std::move(bytes), path, options, on_document, on_error);
  }
  return failed;
}

}  // namespace parley
