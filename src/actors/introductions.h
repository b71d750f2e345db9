// Names that say who an office holder mentioned by title was.
//
// News often names a person's office first and the person later, in a
// parallel clause: "Tillerson met with Russia's ambassador to the U.S. ...
// On Tuesday, Tillerson met with Anatoly Antonov".  When the name belongs to
// nobody the knowledge base or the text otherwise places (no country, no
// title) and it stands in the same position as the title, within the next two
// sentences, the two are one person: the name says who, the title says what.
// Runs at the end of recognize_actors.
#pragma once

#include <string_view>

#include "parley/document.h"

namespace parley::actors {

void resolve_introductions(Document& doc);

// "became", "becoming": a word after which a title is said of someone as a
// role ("before becoming House speaker"), naming the office rather than the
// one who holds it on the article's date.  ("As president, I ask" is mostly
// said by the holder, and "as the president said" is no role: not "as".)
bool role_word_before_title(std::string_view lower_word);

}  // namespace parley::actors
