// Main-text cleaning of plain-text articles: classifies each block as title,
// dateline, byline, heading, paragraph, caption, comment, teaser or
// boilerplate, from its own shape and its neighbours, and takes the
// publication date from a "date YYYY-MM-DD" line or a dateline when the
// metadata gave none.
#pragma once

#include "parley/document.h"

namespace parley::clean {

void classify_text_blocks(Document& doc);

// Parses a date written alone ("November 1, 2017", "Nov. 1, 2017",
// "1 November 2017", "December 15th, 2008", "2017-11-01", "12/16/08" when
// month and day cannot be confused), with an optional weekday, or a page's
// timestamp line around such a date ("First Published: June 13, 2013 4:59 PM
// EDT", "Posted on Thu Jun 13, 2013 08:45 AM PDT"; the words it may hold are
// in data/clean/timestamp_words.txt).  Returns an unknown Date when `s` is
// not just a date.
Date parse_standalone_date(std::string_view s);

// The date a URL's path carries ("/2017/05/08/", "/2017-05-08/",
// "/2017/05/" at month precision), the usual last resort for a page's
// publication date.  Unknown when the path has none or it is impossible.
Date date_in_url(std::string_view url);

// The date of a wire dateline at the start of a paragraph ("WASHINGTON,
// August 13 (Xinhua) --", "MOSCOW, Nov 1 (Reuters) -"), the story's own
// date.  Without a year in the line, the year puts the day nearest `near`.
// Unknown when `s` starts with no dateline or its dateline has no date.
Date dateline_date(std::string_view s, const Date& near);

}  // namespace parley::clean
