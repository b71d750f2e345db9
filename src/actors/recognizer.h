// Actor recognition and resolution (first version): finds the political
// actors a sentence names and resolves each to one entity per document.
//
//   "Russian Foreign Minister Sergey Lavrov"  demonym + title + name
//   "the Russian Ambassador to the U.S., Sergey Kislyak"  title, posting, apposition
//   "Lavrov"                                  surname of an earlier mention, or a
//                                             curated official valid on the date
//   "the Kremlin", "the State Department"     government metonyms
//   "Russia", "Moscow", "the U.S."            states (capitals stand for governments)
//   "the Russian ambassador"                  the document's one person with that role
//
// Nationality comes from the demonym or country before the title; "to the
// U.S." after an ambassador's title is the posting, not the nationality.
// Fills doc.mentions and doc.entities.
#pragma once

#include "actors/knowledge.h"
#include "parley/document.h"

namespace parley::actors {

void recognize_actors(Document& doc, const Knowledge& kb = default_knowledge());

}  // namespace parley::actors
