// References within a document: words that do not name an actor but stand
// for one named earlier become mentions of it, so the event coder sees who
// acted.  Runs after recognize_actors and recognize_groups.
//
//   "Lavrov arrived in Ankara. He met Erdogan"   he/she/him: a person of
//       compatible sex (given name, honorific: data/actors/given_names.tsv,
//       kb/given_name_sex.tsv), the nearest before it in its own sentence,
//       else the subject of the sentence before (the first person not
//       after a preposition), looking back at most two sentences; after a
//       reporting verb (data/actors/reporting_verbs.txt) the subject of
//       the reported clause ("Foxx confirmed that Smollett pleaded guilty.
//       He was sentenced"), unless the pronoun reports too ("He added").
//       Only names that show something of a person take he/she (a KB
//       actor or title, a known sex or given name, the surname used alone,
//       a speaker, an age, a person cue): "Christmas Midnight Mass" none
//   "The EU met on Tuesday. They imposed sanctions"   they/it opening a
//       clause before any actor of its sentence: the subject of the
//       previous sentence when that is a body (they, it) or a state (it);
//       "they" stays unresolved when a plural common noun is the subject
//       of a clause after it ("the ministry said the groups can appeal")
//   "The Chinese foreign ministry said ... The ministry accused Japan"
//       "the <noun>" of data/actors/reference_heads.tsv: a state, an
//       international body or a body whose name holds that noun
//   "The Liberal Democrats published their plans. Brown accused the party
//       of hiding cuts"   "the/this/that <noun>" (also "the group's") of a
//       noun naming a kind of actor (sectors in reference_heads.tsv): the
//       named body of that kind in the nearest sentence that has one; two
//       different ones there leave it unresolved
//   "Trump spoke ... Erdogan arrived ... The president said"   a title
//       (data/actors/titles.tsv) the actor pass left unresolved because the
//       document has several holders: the one named in its sentence or the
//       two before, if only one is
//
// No compatible antecedent: the word stays unresolved (no guess).  Each
// mention made here records its antecedent (Mention::antecedent).
#pragma once

#include "parley/document.h"

namespace parley::actors {

void resolve_pronouns(Document& doc);

}  // namespace parley::actors
