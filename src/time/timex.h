// Temporal expressions (first version): recognises calendar dates ("October
// 26, 2017", "Oct. 26", "in December 2016", "2017-05-10"), weekdays ("on
// Tuesday"), "yesterday/today/tomorrow", "last/next week|month|year" and
// "last December", and normalises them to TIMEX3 values against the
// publication date (DCT).  A weekday in a past-tense sentence is the last
// such day before the DCT, in a future one the next; without a DCT,
// relative expressions get no value — never an invented one.
#pragma once

#include "parley/document.h"

namespace parley::time {

// Fills doc.timexes for the sentences of the article body.
void tag_timexes(Document& doc, const Date& dct);

}  // namespace parley::time
