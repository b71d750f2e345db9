// Personal pronouns as mentions of the person they most likely stand for:
// "Lavrov ... when he met Trump" makes "he" a mention of Lavrov, so the
// event coder sees who met Trump.  The antecedent is the nearest person
// named before the pronoun, in the same sentence or the two before it.
// Runs after recognize_actors.
#pragma once

#include "parley/document.h"

namespace parley::actors {

void resolve_pronouns(Document& doc);

}  // namespace parley::actors
