// The format readers.  Each one fills a Document from its UTF-8 `input`:
// metadata, `text`, the offset map and the blocks (not yet classified).
#pragma once
#include <string>
#include <string_view>

#include "parley/document.h"
#include "parley/reader.h"

namespace parley::io {

// Recognises the format of decoded input: JSON Lines (every sampled line is a
// JSON object), HTML (markup at the start), or else plain text.
InputFormat sniff_format(std::string_view utf8);

// Plain text: `text` is the input itself; every line (or hard-wrapped group of
// lines) is one block.
void read_plain_text(Document& doc);

// HTML: parsed with gumbo; `text` holds the text of the page's blocks.
// Returns false with `error` set when the page holds no text at all.
bool read_html(Document& doc, std::string& error);

// JSON Lines: each line becomes one Document read from its "html" or "text"
// field.  A bad line is reported and skipped.  Returns the number of bad lines.
// `first_line` is the line number of data's first line (for error messages
// when a stream is read in pieces).
size_t read_json_lines(std::string_view data, const std::string& origin, const ReadOptions& options,
                       const DocumentSink& on_document, const ErrorSink& on_error, size_t first_line = 1);

// The document id a file name gives: "dir/001_8bc9.txt.gz" -> "001_8bc9".
std::string id_from_origin(const std::string& origin);

// Runs the reader for `doc.format` and the cleaner; used by every front door.
bool build_document(Document& doc, const ReadOptions& options, std::string& error);

}  // namespace parley::io
