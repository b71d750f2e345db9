// Main-content detection for HTML pages.
//
// The reader (src/io/html_reader.cc) turns every block-level element into a
// Document block and records, for each, the element it came from and how
// much of its text is link text.  This stage then finds the element that
// holds the article — the one under which most prose accumulates, scored by
// text length, commas, link density and class/id hints (data/clean/
// html_class_hints.txt) — keeps the blocks under it (and under siblings that
// score alike), and marks everything else as boilerplate, captions,
// comments or teasers, each with the reason.
#pragma once

#include <gumbo.h>

#include <vector>

#include "parley/document.h"

namespace parley::clean {

// What the reader knows about each block of doc.blocks (same index).
struct HtmlBlockInfo {
  GumboNode* element = nullptr;  // the block-level element that holds the text
  uint32_t text_chars = 0;
  uint32_t link_chars = 0;  // characters inside <a> elements
};

void select_html_main_content(Document& doc, const std::vector<HtmlBlockInfo>& info);

// Class/id hint of one element: positive for content, negative for
// boilerplate, 0 when none applies.
int class_hint(const GumboNode* element);

}  // namespace parley::clean
