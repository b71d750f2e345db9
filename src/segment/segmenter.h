// Sentence splitting and tokenization for news English.
//
// Tokens follow Penn Treebank habits where they help later stages: clitics
// are split ("Lavrov's" -> "Lavrov" "'s", "didn't" -> "did" "n't"), but
// abbreviations keep their period ("U.S.", "Gen.", "Oct."), and numbers,
// dates, times, URLs and e-mail addresses stay whole.  Sentences never cross
// a block boundary, so a headline without a final period is its own sentence.
#pragma once

#include "parley/document.h"

namespace parley::segment {

// Fills doc.tokens and doc.sentences for every block (dropped blocks too, so
// that tools can inspect them); sets each block's sentence range.
void segment(Document& doc);

// Tokenizes one span of doc.text, appending to doc.tokens.
void tokenize(Document& doc, Span span);

}  // namespace parley::segment
