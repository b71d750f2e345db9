// parley/reader.h — turning inputs (files, directories, stdin) into Documents.
//
// Inputs may be plain text, HTML or JSON Lines (one article per line with
// id, url, source, title, date and text or html), each optionally compressed
// with gzip or zstd, or gathered in archives (tar, zip, WARC crawls: each
// entry or response record is an input of its own, named "archive!entry"); the
// format is recognised from the bytes, not the name.
// A bad input (unreadable, empty, binary, truncated, mis-encoded, a broken
// JSON line) is reported through `on_error` with the input's name and the
// problem, and reading goes on with the rest.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "parley/document.h"

namespace parley {

struct ReadError {
  std::string origin;   // "path", "path:line" or "<stdin>"
  std::string message;  // what is wrong with it
};

struct ReadOptions {
  // Drop captions, comments, teasers and boilerplate from the main text (they
  // stay in Document::blocks, marked).  Always on in the product; tests may
  // turn it off to see the raw blocks.
  bool clean = true;
  // Deliver documents in which cleaning left no main text (for inspection
  // tools such as `parley text --blocks`); normally they are errors.
  bool keep_empty = false;
};

using DocumentSink = std::function<void(Document&&)>;
using ErrorSink = std::function<void(const ReadError&)>;

// Reads every path ("-" is stdin; a directory is walked recursively in name
// order, hidden files skipped).  Returns the number of inputs that failed.
size_t read_inputs(const std::vector<std::string>& paths, const ReadOptions& options, const DocumentSink& on_document,
                   const ErrorSink& on_error);

// Reads one in-memory input.  `origin` names it in errors and in Document::origin.
size_t read_buffer(std::string bytes, const std::string& origin, const ReadOptions& options,
                   const DocumentSink& on_document, const ErrorSink& on_error);

}  // namespace parley
