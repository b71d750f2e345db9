// Compaction after each sentence: records made redundant by a later reading
// of the same sentence are dropped (a promise of an act already coded) or
// refined (an appeal whose requested act is known).

#include "events/internal.h"

namespace parley::events {

namespace {

// "agreed to lift the sanctions", "pledged to expel": the promise is the
// intent to do the act after "to", coded by that act's intent code (CAMEO
// 031-039), not a second, unspecified intent (030).  Drops the 030 records
// from `sentence_begin` on (one sentence's) whose act the same source does.
// Removes the records from `from` on that `marked` flags, keeping the order.
void erase_marked(std::vector<Candidate>& found, const std::vector<bool>& marked, size_t from) {
  size_t kept = from;
  for (size_t i = from; i < found.size(); ++i)
    if (!marked[i]) {
      if (kept != i) found[kept] = std::move(found[i]);
      ++kept;
    }
  found.resize(kept);
}

}  // namespace

void drop_promises_of_coded_acts(const Document& doc, std::vector<Candidate>& found, size_t sentence_begin) {
  std::vector<bool> drop(found.size(), false);
  for (size_t i = sentence_begin; i < found.size(); ++i) {
    const Candidate& promise = found[i];
    // "refused to release": the refusal is coded by what was refused (124x).
    bool refusal = promise.event.cameo == "120";
    bool bare = promise.event.cameo == "030" || promise.event.cameo == "130" || refusal;
    if (!bare || promise.last + 1 >= doc.tokens.size() ||
        doc.token_lower(promise.last + 1) != "to")
      continue;
    for (size_t j = sentence_begin; j < found.size() && !drop[i]; ++j) {
      const Candidate& act = found[j];
      drop[i] = j != i && act.head > promise.last + 1 && act.head <= promise.last + 3 &&
                act.source_key == promise.source_key && act.event.cameo != promise.event.cameo &&
                (refusal ? act.event.cameo.rfind("12", 0) == 0 : act.event.status == EventStatus::kPlanned);
    }
  }
  erase_marked(found, drop, sentence_begin);
}

namespace {

// CAMEO's appeal (02x) for a kind of act: to meet (026), to mediate (028),
// for diplomatic (022) or material cooperation (021), for aid (023), to yield
// (025); "" for other acts.
std::string appeal_code(const std::string& act) {
  if (act == "045") return "028";
  std::string root = act.substr(0, 2);
  if (root == "04") return "026";
  if (root == "05") return "022";
  if (root == "06") return "021";
  if (root == "07") return "023";
  if (root == "08") return "025";
  return "";
}

}  // namespace

// "urged Russia to release the prisoners" (025), "asked Japan to send aid"
// (023): a plain appeal (020) takes the code of what it asks for, the act
// right after it that the one appealed to is to do, and carries that act's
// own code as its intended_code.  The act asked for is no record of its own:
// Russia plans no release because Germany urged one.  Looks at the records
// from `sentence_begin` on (one sentence's).
void refine_appeals(const Document& doc, const Lexicon& lex, std::vector<Candidate>& found, size_t sentence_begin) {
  std::vector<bool> asked_for(found.size(), false);
  for (size_t i = sentence_begin; i < found.size(); ++i) {
    Candidate& appeal = found[i];
    if (appeal.event.cameo != "020" || appeal.target_key.empty()) continue;
    for (size_t j = sentence_begin; j < found.size(); ++j) {
      const Candidate& act = found[j];
      // (Either side of an act done together: "urged Russia and Ukraine to hold talks".)
      bool asked_one_does = act.source_key == appeal.target_key ||
                            (act.event.mutual && act.target_key == appeal.target_key);
      if (j == i || act.event.status != EventStatus::kPlanned || !asked_one_does || act.head <= appeal.last ||
          act.head > appeal.last + 8)
        continue;
      const std::string& asked = act.event.intended_code.empty() ? act.event.cameo : act.event.intended_code;
      std::string code = appeal_code(asked);
      if (!code.empty()) set_type(appeal.event, code, lex);
      appeal.event.intended_code = asked;
      asked_for[j] = act.source_key != appeal.source_key;
      break;
    }
  }
  erase_marked(found, asked_for, sentence_begin);
}

namespace {

// A verb of appeal ("asked", "urges", "implored", "told ... not to") that takes its object
// before "to" and the act asked for; "call" only with its preposition
// ("called on", "calls upon", "call for").
bool appeal_verb(std::string_view w) {
  return in(w, {"ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "implore", "implores",
                "implored", "imploring", "beg", "begs", "begged", "begging", "encourage", "encourages",
                "encouraged", "encouraging", "exhort", "exhorts", "exhorted", "exhorting", "petition",
                "petitions", "petitioned", "petitioning", "tell", "tells", "told", "telling", "advise", "advises",
                "advised", "advising"});
}

bool call_verb(std::string_view w) { return in(w, {"call", "calls", "called", "calling"}); }

// "asking a federal judge to release him", "calls upon all nations to
// condemn", "the deal calls for Iran to freeze": the act right after "to"
// is what an appeal asks of someone, within six words of the appeal verb
// and in the same sentence, with only words between (no clause break).
bool asked_of_another(const Document& doc, uint32_t sentence_first, uint32_t head) {
  if (head < sentence_first + 3 || doc.token_lower(head - 1) != "to") return false;
  bool planned = false;  // a plan word between a question word and "to"
  for (uint32_t i = head - 1; i > sentence_first && i + 7 > head; --i) {
    std::string_view w = doc.token_lower(i - 1);
    bool has_object = i + 1 < head;  // at least one word between the verb and "to"
    if (has_object && appeal_verb(w)) return true;
    if (in(w, {"on", "upon", "for"}) && i >= sentence_first + 2 && call_verb(doc.token_lower(i - 2)))
      return has_object;
    // ("tell him of her decision to call for": what "to" completes is a
    // noun's; "of" inside a title, "Secretary of State Mike Pompeo", stays)
    bool title_of = w == "of" && is_capitalised(doc.token_text(i));
    // ("was asked why he felt the need to defend": a question's own clause;
    // "asking Biden how he plans to appeal to": a plan asked about, none made)
    if (in(w, {"why", "how", "what", "whether", "when", "where", "who"})) {
      if (!planned) return false;
      continue;  // the appeal verb is still to be found before it
    }
    planned |= is_plan_word(w);
    if (doc.tokens[i - 1].kind != TokenKind::kWord || is_clause_boundary(w) || (is_preposition(w) && !title_of))
      return false;
  }
  return false;
}

}  // namespace

// An act asked of someone that no appeal record took up ("asking a judge to
// release him": the lawyers are no actor; "called upon all nations to
// condemn Iran": the nations are none) is still no plan of anyone's: the
// appeal is the news.  Runs after refine_appeals on one sentence's records.
void drop_acts_asked_for(const Document& doc, std::vector<Candidate>& found, size_t sentence_begin) {
  std::vector<bool> asked(found.size(), false);
  for (size_t i = sentence_begin; i < found.size(); ++i) {
    const Candidate& act = found[i];
    // (planned, or negated: "told Americans not to travel to China")
    asked[i] = act.event.status != EventStatus::kOccurred &&
               asked_of_another(doc, doc.sentences[act.sentence].first_token, act.head);
  }
  erase_marked(found, asked, sentence_begin);
}

}  // namespace parley::events
