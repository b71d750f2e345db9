// Temporal expressions (TIMEX3, TempEval-3 conventions): calendar dates
// ("October 26, 2017", "Oct. 26", "early November", "2017-05-10"), weekdays
// and parts of the day ("Friday morning", "tonight"), clock times ("10:35
// a.m. EST Thursday"), deictic and anaphoric units ("last week", "this
// summer", "the quarter", "a year earlier"), quarters, halves, seasons,
// decades and centuries, holidays, durations ("the past two years", "2 1/2
// hours"), sets ("every week", "daily"), vague references ("now",
// "recently", "the future") and parts of periods ("the end of 1990", "the
// day before last Tuesday", "the week of March 6").  Values are normalised
// against the publication date (DCT; a wire dateline's date in the week up
// to it, "BRUSSELS, March 4 (Xinhua) --", is the story's own and wins) and, for anaphoric expressions ("the
// next day", "that evening", "the end of the year"), the last calendar point
// named before them ("the quarter" and "the latest period": the last quarter
// reported on, which an earlier quarter named in passing does not replace);
// the tense of the clause (data/time/tense_words.tsv; the nearest marker,
// else the nearest in the sentence; a present perfect tells the past)
// decides between past and coming weekdays and months, and a time put off
// ("postponed until Tuesday", "effective Feb. 1") lies ahead.  Without a
// DCT, relative expressions get no value — never an invented one.  Word
// lists are in data/time/.
#pragma once

#include "parley/document.h"

namespace parley::time {

// Fills doc.timexes for the sentences of the article body.
void tag_timexes(Document& doc, const Date& dct);

}  // namespace parley::time
