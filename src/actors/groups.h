// Collective actors: a country (name, demonym or "Country's") followed by a
// noun for a body or group of it (data/actors/agents.tsv): "Israeli troops"
// (ISRMIL), "Poland's parliament" (POLLEG), "Nigerian protesters" (NGACVL);
// and plural demonyms standing for a people: "the Palestinians", "thousands
// of Nigerians" (CVL).  Runs after recognize_actors and turns the country
// mention into the group's mention, so the event coder sees one actor.
#pragma once

#include "actors/knowledge.h"
#include "parley/document.h"

namespace parley::actors {

void recognize_groups(Document& doc, const Knowledge& kb = default_knowledge());

}  // namespace parley::actors
