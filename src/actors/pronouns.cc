#include "actors/pronouns.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <unordered_map>

#include "actors/knowledge.h"
#include "base/string_map.h"
#include "base/text.h"
#include "parley/data.h"

namespace parley::actors {
namespace {

bool in(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

enum class Sex : char { kUnknown, kMale, kFemale };

// Given names and the sex they mark: the generated list of names only one
// sex bears (kb/given_name_sex.tsv), overridden by data/actors/given_names.tsv.
const base::StringMap<Sex>& given_name_sexes() {
  static const auto* map = [] {
    auto* m = new base::StringMap<Sex>;
    for (const char* file : {"kb/given_name_sex.tsv", "actors/given_names.tsv"})
      for (std::string_view line : data::lines(file)) {
        auto f = base::split(line, '\t');
        if (f.size() != 2 || (f[1] != "m" && f[1] != "f"))
          throw std::runtime_error(std::string(file) + ": malformed line: " + std::string(line));
        (*m)[f[0]] = f[1] == "m" ? Sex::kMale : Sex::kFemale;
      }
    return m;
  }();
  return *map;
}

// Honorifics and gendered words of office before a name ("Mr. Rahami",
// "Congresswoman Omar"): closed-class words of English, kept in code.
Sex sex_of_honorific(std::string_view word) {
  std::string w = base::ascii_lower(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  if (in(w, {"mr", "sir", "lord", "king", "prince", "duke", "congressman", "spokesman", "chairman",
             "businessman", "councilman", "assemblyman", "grandfather", "father", "brother", "son", "husband"}))
    return Sex::kMale;
  if (in(w, {"mrs", "ms", "miss", "madam", "madame", "lady", "dame", "queen", "princess", "duchess",
             "congresswoman", "spokeswoman", "chairwoman", "businesswoman", "councilwoman", "assemblywoman",
             "grandmother", "mother", "sister", "daughter", "wife"}))
    return Sex::kFemale;
  return Sex::kUnknown;
}

Sex sex_of_given_name(std::string_view name) {
  std::string_view first = name.substr(0, name.find(' '));
  const auto& sexes = given_name_sexes();
  auto it = sexes.find(first);
  return it == sexes.end() ? Sex::kUnknown : it->second;
}

// "said", "confirmed", "added" (data/actors/reporting_verbs.txt).
bool is_reporting_verb(std::string_view lower_word) {
  static const auto* verbs = [] {
    auto* set = new base::StringMap<bool>;
    for (std::string_view line : data::lines("actors/reporting_verbs.txt")) (*set)[std::string(line)] = true;
    return set;
  }();
  return verbs->count(lower_word) > 0;
}

bool is_preposition(std::string_view lower_word) {
  return in(lower_word, {"with", "to", "by", "of", "for", "from", "at", "in", "on", "against", "about", "between",
                         "among", "toward", "towards", "into", "after", "before", "under", "over", "than", "like", "as"});
}

bool is_possessive_mark(std::string_view w) { return base::is_possessive_s(w) || w == "'" || w == "\xE2\x80\x99"; }

// What a reference word asks of its antecedent.
enum class Wants : char { kPerson, kBodyOrState, kBodies, kState, kIgo, kNamedBody };

// A noun of data/actors/reference_heads.tsv: what "the <noun>" wants, and
// for a body the CAMEO sectors of the kind of actor the noun names ("party"
// PTY: "the party" stands for the Liberal Democrats as well as for a body
// whose name holds "party").
struct ReferenceHead {
  Wants wants = Wants::kNamedBody;
  std::vector<std::string> sectors;
};

// One mention of an entity, where it stands.
struct Placed {
  uint32_t mention = 0;
  uint32_t first = 0, last = 0;  // tokens [first, last)
  size_t sentence = 0;
};

class Resolver {
 public:
  explicit Resolver(Document& doc)
      : doc_(doc), sex_(doc.entities.size(), -1), person_like_(doc.entities.size(), -1),
        by_sentence_(doc.sentences.size()) {
    for (uint32_t m = 0; m < doc_.mentions.size(); ++m) place(m);
    for (auto& list : by_sentence_)
      std::sort(list.begin(), list.end(), [](const Placed& a, const Placed& b) { return a.first < b.first; });
    load_reference_heads();
  }

  void run() {
    for (size_t si = 0; si < doc_.sentences.size(); ++si) {
      const Sentence& s = doc_.sentences[si];
      if (!is_event_source(doc_.blocks[s.block].kind)) continue;
      for (uint32_t t = s.first_token; t < s.first_token + s.token_count; ++t) {
        std::string_view w = doc_.token_lower(t);
        if (w == "he" || w == "him" || w == "she")
          resolve_person(si, t, w == "she" ? Sex::kFemale : Sex::kMale);
        else if (w == "it" || w == "they")
          resolve_body(si, t, w == "it");
        else if (w == "the" && t + 1 < s.first_token + s.token_count && !resolve_title(si, t))
          resolve_definite(si, t);
        else if ((w == "this" || w == "that") && t + 1 < s.first_token + s.token_count)
          resolve_definite(si, t);
      }
    }
  }

 private:
  void load_reference_heads() {
    for (std::string_view line : data::lines("actors/reference_heads.tsv")) {
      auto f = base::split(line, '\t');
      auto malformed = [&] { return std::runtime_error("actors/reference_heads.tsv: malformed line: " + std::string(line)); };
      if (f.size() != 2 && f.size() != 3) throw malformed();
      ReferenceHead head;
      if (f[1] == "state") head.wants = Wants::kState;
      else if (f[1] == "igo") head.wants = Wants::kIgo;
      else if (f[1] == "named") head.wants = Wants::kNamedBody;
      else throw std::runtime_error("actors/reference_heads.tsv: unknown kind: " + std::string(line));
      if (f.size() == 3) {
        if (head.wants != Wants::kNamedBody) throw malformed();
        for (std::string_view sector : base::split(f[2], ',')) head.sectors.emplace_back(sector);
      }
      heads_[std::string(f[0])] = std::move(head);
    }
  }

  // Records where mention `m` stands (its sentence and tokens).
  void place(uint32_t m) {
    const Mention& mention = doc_.mentions[m];
    if (mention.entity < 0 || static_cast<size_t>(mention.entity) >= doc_.entities.size()) return;
    auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), mention.text.begin,
                               [](uint32_t off, const Sentence& s) { return off < s.text.begin; });
    if (it == doc_.sentences.begin()) return;
    --it;
    if (mention.text.end > it->text.end) return;
    size_t si = static_cast<size_t>(it - doc_.sentences.begin());
    auto first = std::lower_bound(doc_.tokens.begin() + it->first_token,
                                  doc_.tokens.begin() + it->first_token + it->token_count, mention.text.begin,
                                  [](const Token& t, uint32_t off) { return t.text.end <= off; });
    auto last = std::lower_bound(first, doc_.tokens.begin() + it->first_token + it->token_count, mention.text.end,
                                 [](const Token& t, uint32_t off) { return t.text.end < off; });
    Placed p{m, static_cast<uint32_t>(first - doc_.tokens.begin()), static_cast<uint32_t>(last - doc_.tokens.begin()) + 1, si};
    auto& list = by_sentence_[si];
    list.insert(std::upper_bound(list.begin(), list.end(), p,
                                 [](const Placed& a, const Placed& b) { return a.first < b.first; }),
                p);
  }

  const Entity& entity_of(const Placed& p) const { return doc_.entities[doc_.mentions[p.mention].entity]; }

  std::string_view lower_at(uint32_t t) const { return doc_.token_lower(t); }

  bool after_preposition(const Placed& p) const {
    const Sentence& s = doc_.sentences[p.sentence];
    if (p.first == s.first_token) return false;
    uint32_t before = p.first - 1;
    if (before > s.first_token && lower_at(before) == "the") --before;  // "with the EU"
    return is_preposition(lower_at(before));
  }

  // A modifier of what follows, no subject: "Russia's foreign minister",
  // the demonym in "Russian Foreign Minister Lavrov".
  bool modifier(const Placed& p) const {
    const Sentence& s = doc_.sentences[p.sentence];
    if (p.last < s.first_token + s.token_count && is_possessive_mark(doc_.token_text(p.last))) return true;
    return doc_.mentions[p.mention].type == MentionType::kMisc;
  }

  // The sex of a person entity: from an honorific before any of its
  // mentions, else from its given name.  Computed once per entity.
  Sex sex_of(int32_t e) {
    if (sex_[e] >= 0) return static_cast<Sex>(sex_[e]);
    Sex sex = Sex::kUnknown;
    for (const auto& list : by_sentence_)
      for (const Placed& p : list) {
        if (doc_.mentions[p.mention].entity != e || sex != Sex::kUnknown) continue;
        sex = sex_of_honorific(doc_.token_text(p.first));
        if (sex == Sex::kUnknown && p.first > doc_.sentences[p.sentence].first_token)
          sex = sex_of_honorific(doc_.token_text(p.first - 1));
      }
    if (sex == Sex::kUnknown) sex = sex_of_given_name(doc_.entities[e].actor.name);
    sex_[e] = static_cast<signed char>(sex);
    return sex;
  }

  // Does entity `e`, typed a person, show anything of one?  A name of two
  // or more capitalised words is typed a person by default ("Christmas
  // Midnight Mass", "Opus Dei"); he/she want a sign: an actor of the
  // knowledge base or a title, a known sex or given name, its surname
  // used alone, or a name speaking ("Smollett said").  Computed once.
  bool person_like(int32_t e) {
    if (person_like_[e] >= 0) return person_like_[e] == 1;
    const Entity& entity = doc_.entities[e];
    const std::string& name = entity.actor.name;
    size_t space = name.find(' ');
    bool like = space == std::string::npos || !entity.actor.id.empty() || !entity.actor.role.empty() ||
                !entity.actor.code.empty() || sex_of(e) != Sex::kUnknown ||
                default_knowledge().is_first_name(name.substr(0, space));
    for (uint32_t m : entity.mentions) {
      if (like) break;
      const Mention& mention = doc_.mentions[m];
      if (mention.antecedent >= 0) continue;
      std::string_view text = doc_.view(mention.text);
      // "Manigault Newman" after "Omarosa Manigault Newman": a shorter form of the name.
      bool shortened = text.size() < name.size() && name.compare(name.size() - text.size(), text.size(), text) == 0;
      like = shortened || text.find(' ') == std::string_view::npos || speaks(mention) || after_person_cue(mention) ||
             aged(mention);
    }
    if (!like) like = surname_alone(entity) || named_longer_or_shorter(entity);
    person_like_[e] = like ? 1 : 0;
    return like;
  }

  // Does the last word of the entity's name stand alone somewhere in the
  // document ("Smollett" after "Jussie Smollett"), as persons are named?
  // Alone: no capitalised word next to it ("Joe" of "Joe Scarborough" is
  // not), nor "the" before it ("the Bee" is a paper).
  bool surname_alone(const Entity& entity) const {
    std::string_view name = entity.actor.name;
    std::string_view last = name.substr(name.rfind(' ') + 1);
    auto capital_word = [&](size_t k) {
      std::string_view w = doc_.token_text(static_cast<uint32_t>(k));
      return doc_.tokens[k].kind == TokenKind::kWord && !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
    };
    for (size_t k = 0; k < doc_.tokens.size(); ++k) {
      if (doc_.token_text(static_cast<uint32_t>(k)) != last) continue;
      if (k > 0 && (capital_word(k - 1) || lower_at(static_cast<uint32_t>(k - 1)) == "the")) continue;
      if (k + 1 < doc_.tokens.size() && capital_word(k + 1)) continue;
      return true;
    }
    return false;
  }

  // "co-host Mika Brzezinski", "the Rev. Renita Lamkin": a word that marks a
  // person (data/actors/person_cues.txt, an honorific, a title) right
  // before the mention or as its first word.
  bool after_person_cue(const Mention& m) const {
    auto first = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), m.text.begin,
                                  [](const Token& t, uint32_t off) { return t.text.end <= off; });
    if (first == doc_.tokens.end()) return false;
    auto k = static_cast<uint32_t>(first - doc_.tokens.begin());
    const Knowledge& kb = default_knowledge();
    for (uint32_t at : {k, k - 1}) {
      if (at >= doc_.tokens.size()) continue;
      std::string_view w = lower_at(at);
      if (!w.empty() && w.back() == '.') w.remove_suffix(1);
      // Clergy's honorifics ("the Rev. Al Sharpton") are closed-class English, kept here.
      if (in(w, {"rev", "reverend", "fr", "pastor"})) return true;
      if (kb.is_person_cue(w) || kb.is_person_cue(std::string(w) + ".") || kb.title(w) || sex_of_honorific(w) != Sex::kUnknown)
        return true;
    }
    return false;
  }

  // "Manigault Newman" and "Omarosa Manigault Newman" as two entities: a
  // person named by a longer or shorter form of the name elsewhere.
  bool named_longer_or_shorter(const Entity& entity) const {
    const std::string& name = entity.actor.name;
    auto ends_with_words = [](const std::string& longer, const std::string& shorter) {
      return longer.size() > shorter.size() + 1 && longer.compare(longer.size() - shorter.size(), shorter.size(), shorter) == 0 &&
             longer[longer.size() - shorter.size() - 1] == ' ';
    };
    for (const Entity& other : doc_.entities)
      if (other.type == MentionType::kPerson && !other.actor.name.empty() &&
          (ends_with_words(other.actor.name, name) || ends_with_words(name, other.actor.name)))
        return true;
    return false;
  }

  // "Robert Jackson, 58,": a name with an age after it.
  bool aged(const Mention& m) const {
    auto next = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), m.text.end,
                                 [](const Token& t, uint32_t off) { return t.text.begin < off; });
    if (doc_.tokens.end() - next < 3 || doc_.view(next->text) != "," || doc_.view(next[2].text) != ",") return false;
    std::string_view age = doc_.view(next[1].text);
    return next[1].kind == TokenKind::kNumber && age.size() <= 3;
  }

  // Is mention `m` right before a reporting verb ("Smollett said")?
  bool speaks(const Mention& m) const {
    auto next = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), m.text.end,
                                 [](const Token& t, uint32_t off) { return t.text.begin < off; });
    return next != doc_.tokens.end() && is_reporting_verb(base::ascii_lower(doc_.view(next->text)));
  }

  // A mention typed a person, of no sex other than `wanted`.
  bool typed_person(const Placed& p, Sex wanted) {
    const Entity& e = entity_of(p);
    if (doc_.mentions[p.mention].type != MentionType::kPerson || e.actor.name.empty()) return false;
    Sex sex = sex_of(doc_.mentions[p.mention].entity);
    return sex == Sex::kUnknown || sex == wanted;
  }

  // One that shows something of a person too (person_like).
  bool compatible_person(const Placed& p, Sex wanted) {
    return typed_person(p, wanted) && person_like(doc_.mentions[p.mention].entity);
  }

  // "he"/"she"/"him" at token `t` of sentence `si`.
  void resolve_person(size_t si, uint32_t t, Sex wanted) {
    const Placed* found = nullptr;
    // "Trump endorsed Tipton, but he was quick to congratulate Boebert",
    // "Warren one-upped Sanders and Ocasio-Cortez: She proposes ...": a
    // pronoun that is the subject of a new clause goes on with the
    // sentence's subject, not the object nearer to it.
    // ("When asked if he backed Trump's plan, Cruz said ... but he declined":
    // the subject of the main clause, after an opening subordinate clause.)
    bool opens = lower_at(t) != "him" && t > doc_.sentences[si].first_token && opens_clause(doc_.sentences[si], t) &&
                 !quoted(t);
    if (opens) {
      // ("When Trump tried ..., he met all three criteria": a pronoun opening
      // the main clause itself is the subordinate clause's subject.)
      uint32_t main = doc_.token_text(t - 1) == "," ? doc_.sentences[si].first_token : main_clause_start(doc_.sentences[si]);
      found = subject_of(si, [&](const Placed& p) {
        return p.first >= main && p.last <= t && compatible_person(p, wanted);
      });
    }
    bool by_clause = found != nullptr;
    bool object_form = lower_at(t) == "him" || lower_at(t) == "her";
    if (!found)
      for (const Placed& p : by_sentence_[si])  // the nearest before it in its own sentence
        if (p.last <= t && compatible_person(p, wanted) && !(object_form && local_subject(p, t))) found = &p;
    if (!by_clause)
      if (const Placed* same = fronted_clause_subject(si, t)) found = same;
    // "Azmat Begg thanked ... the support he had received": the sentence's
    // own subject, typed a person, needs no further sign of being one.
    if (!found)
      if (const Placed* subject = subject_of(si, [&](const Placed& p) {
            return p.last <= t && typed_person(p, wanted) && !(object_form && local_subject(p, t));
          }))
        found = subject;
    // Inside a quotation the speaker says "he" of someone else ('"He takes
    // no responsibility," Biden said of Trump'): the person named last.
    if (!found && quoted(t)) {
      for (size_t back = 1; !found && back <= 2 && back <= si; ++back)
        for (const Placed& p : by_sentence_[si - back])
          if (compatible_person(p, wanted)) found = &p;
      if (found) add_reference(t, t + 1, *found, MentionType::kPerson);
      return;
    }
    // The sentences before: the subject of the nearest that has one, the
    // first person there not after a preposition ("In talks with Pompeo,
    // Lavrov said ..."); else the last person named.
    for (size_t back = 1; !found && back <= 2 && back <= si; ++back) {
      found = subject_of(si - back, [&](const Placed& p) { return compatible_person(p, wanted); });
      if (found && !reports(t))
        if (const Placed* reported = reported_subject(*found, [&](const Placed& p) { return compatible_person(p, wanted); }))
          found = reported;
    }
    for (size_t back = 1; !found && back <= 2 && back <= si; ++back)
      for (const Placed& p : by_sentence_[si - back])
        if (compatible_person(p, wanted)) found = &p;
    if (found && named_later_in_clause(si, t, *found)) found = nullptr;
    if (found) add_reference(t, t + 1, *found, MentionType::kPerson);
  }

  // "He dismissed Mr. Christie's concern", "She said Warren would run": a
  // subject "he"/"she" never stands for a person the rest of its clause
  // names (no comma, quotation mark or "and"/"but" between them); the
  // name would have been the pronoun.
  bool named_later_in_clause(size_t si, uint32_t t, const Placed& found) const {
    std::string_view w = lower_at(t);
    if (w != "he" && w != "she") return false;
    int32_t entity = doc_.mentions[found.mention].entity;
    for (const Placed& p : by_sentence_[si]) {
      if (p.first <= t || doc_.mentions[p.mention].entity != entity) continue;
      for (uint32_t k = t + 1; k < p.first; ++k) {
        std::string_view between = lower_at(k);
        // (Nor across a clause of its own: "he kidnapped a woman who says
        // she talked Nichols into surrendering", "convicted because of
        // Peterson's conduct", as news writing has it.)
        if (in(between, {",", ";", ":", "and", "but", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x94", "--", "(", ")",
                         "who", "whom", "whose", "which", "that", "when", "where", "while", "because", "after",
                         "before", "since", "if", "until", "as"}) ||
            is_reporting_verb(between))
          return false;
      }
      return true;
    }
    return false;
  }

  // "Tony Blair called him a giant": the subject of the verb whose object
  // the pronoun is (a name, then at most two more words before the pronoun,
  // none of them a comma, "that" or a reporting verb) is not the one it
  // stands for; "Blair said Brown had betrayed him" may be.
  bool local_subject(const Placed& p, uint32_t t) const {
    if (t - p.last > 3 || after_preposition(p)) return false;
    for (uint32_t k = p.last; k < t; ++k) {
      std::string_view w = lower_at(k);
      if (w == "," || w == "that" || is_reporting_verb(w) || doc_.tokens[k].kind != TokenKind::kWord) return false;
    }
    return true;
  }

  // "While saying he admired Mr Blair's leadership, he criticised the
  // Conservatives": the subject of a main clause after a fronted
  // subordinate clause is the one that clause's own pronoun stands for (the
  // same word, resolved before), not the person named last in between.
  const Placed* fronted_clause_subject(size_t si, uint32_t t) const {
    const Sentence& s = doc_.sentences[si];
    if (t < s.first_token + 3 || doc_.token_text(t - 1) != ",") return nullptr;
    if (!in(lower_at(s.first_token), {"while", "after", "before", "although", "though", "when", "as", "since",
                                      "despite", "once", "having", "in"}))
      return nullptr;
    std::string_view word = lower_at(t);
    for (const Placed& p : by_sentence_[si])
      if (p.last <= t && doc_.mentions[p.mention].antecedent >= 0 && p.last == p.first + 1 && lower_at(p.first) == word)
        return &p;
    return nullptr;
  }

  // Does the pronoun at `t` report ("he added", "she also said")?  Then it
  // goes on with the one who spoke before.
  bool reports(uint32_t t) const {
    for (uint32_t k = t + 1; k < doc_.tokens.size() && k <= t + 3; ++k) {
      std::string_view w = lower_at(k);
      if (is_reporting_verb(w)) return true;
      if (!in(w, {"also", "later", "further", "then", "had", "has", "have"})) return false;
    }
    return false;
  }

  // "Foxx confirmed that Smollett pleaded guilty": the subject of the clause
  // a reporting verb right after `reporter` introduces — the first mention
  // after the verb (and "that"), when `accepts` takes it and no preposition
  // comes before it — or nullptr.
  template <class Accepts>
  const Placed* reported_subject(const Placed& reporter, Accepts accepts) const {
    const Sentence& s = doc_.sentences[reporter.sentence];
    uint32_t end = s.first_token + s.token_count;
    uint32_t verb = reporter.last;
    while (verb < end && verb < reporter.last + 3 && !is_reporting_verb(lower_at(verb))) {
      // "Foxx on Monday confirmed", "Foxx, a Democrat, said" are no more than three words apart.
      if (doc_.tokens[verb].kind == TokenKind::kPunct && doc_.token_text(verb) != ",") return nullptr;
      ++verb;
    }
    if (verb >= end || !is_reporting_verb(lower_at(verb))) return nullptr;
    for (const Placed& p : by_sentence_[reporter.sentence]) {
      if (p.first <= verb) continue;
      // What is quoted ('he wrote: "It is ... that Tony Blair ..."') is no clause reported of him.
      if (p.first > verb + 4 || quoted(p.first) || modifier(p) || after_preposition(p) || !accepts(p)) return nullptr;
      for (uint32_t k = verb + 1; k < p.first; ++k)
        if (doc_.tokens[k].kind == TokenKind::kPunct) return nullptr;
      return &p;
    }
    return nullptr;
  }

  // Is token `t` inside a quotation begun in its block (an odd number of
  // plain marks before it, or more opening than closing curly ones)?
  bool quoted(uint32_t t) const {
    auto sentence = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), t,
                                     [](uint32_t i, const Sentence& s) { return i < s.first_token; });
    uint32_t block_begin = doc_.blocks[(sentence - 1)->block].text.begin;
    std::string_view before(doc_.text.data() + block_begin, doc_.tokens[t].text.begin - block_begin);
    int plain = 0, opening = 0, closing = 0;
    for (size_t i = 0; i < before.size(); ++i) {
      if (before[i] == '"') ++plain;
      if (before.compare(i, 3, "\xE2\x80\x9C") == 0) ++opening;
      if (before.compare(i, 3, "\xE2\x80\x9D") == 0) ++closing;
    }
    return plain % 2 == 1 || opening > closing;
  }

  // Is there a personal pronoun left unresolved in [from, to), outside
  // quotations?  ("They said they would press Labour": the sentence's
  // subject is no name; in '"If they were honest," Trump said' it is Trump.)
  bool unresolved_pronoun_in(size_t si, uint32_t from, uint32_t to) const {
    for (uint32_t i = from; i < to; ++i) {
      std::string_view w = lower_at(i);
      if (!in(w, {"he", "she", "they", "it", "we", "i"}) || quoted(i)) continue;
      bool resolved = std::any_of(by_sentence_[si].begin(), by_sentence_[si].end(),
                                  [&](const Placed& p) { return p.first == i; });
      if (!resolved) return true;
    }
    return false;
  }

  // The first token of the sentence's main clause: after the comma closing
  // an opening subordinate clause ("When asked if he ..., Cruz said"), else
  // the sentence's first.
  uint32_t main_clause_start(const Sentence& s) const {
    uint32_t end = s.first_token + s.token_count;
    if (!in(lower_at(s.first_token), {"when", "if", "after", "before", "while", "although", "though", "as", "since",
                                      "because", "once", "until", "unless", "whether"}))
      return s.first_token;
    for (uint32_t k = s.first_token + 1; k < end; ++k)
      if (doc_.token_text(k) == ",") return k + 1;
    return s.first_token;
  }

  // Does the clause of the pronoun at `t` start right before it?
  bool opens_clause(const Sentence& s, uint32_t t) const {
    if (t == s.first_token) return true;
    std::string_view before = lower_at(t - 1);
    return in(before, {",", "and", "but", "then", "so", "yet", ";", ":", "\"", "\xE2\x80\x9C"});
  }

  // The subject of sentence `si`: its first actor mention that neither
  // follows a preposition nor modifies what comes after it, and that no
  // unresolved pronoun precedes.  With `accepts`, the first such mention
  // it accepts (the first person, for "he").
  template <class Accepts>
  const Placed* subject_of(size_t si, Accepts accepts) const {
    const Sentence& s = doc_.sentences[si];
    for (const Placed& p : by_sentence_[si]) {
      if (modifier(p)) continue;
      if (unresolved_pronoun_in(si, s.first_token, p.first)) return nullptr;
      if (after_preposition(p) || entity_of(p).place || !accepts(p)) continue;
      return &p;
    }
    return nullptr;
  }
  const Placed* subject_of(size_t si) const {
    const Sentence& s = doc_.sentences[si];
    for (const Placed& p : by_sentence_[si]) {
      if (modifier(p)) continue;
      if (after_preposition(p) || entity_of(p).place || unresolved_pronoun_in(si, s.first_token, p.first))
        return nullptr;
      return &p;
    }
    return nullptr;
  }

  bool is_body(const Placed& p) const {
    const Entity& e = entity_of(p);
    // A body of no known country ("the courts", "police") would give the
    // record no side to code.
    return e.type == MentionType::kOrganization && !e.place && !e.actor.country.empty();
  }
  bool is_state(const Placed& p) const {
    const Entity& e = entity_of(p);
    return e.type == MentionType::kLocation && !e.place && e.actor.name.empty() && !e.actor.country.empty();
  }

  // "they"/"it" at token `t`: only opening a clause before any actor of its
  // sentence ("Iran said it ..." is the event coder's: the speaker), and for
  // "it" not before a form of "be" ("it is", "it was": rarely an actor).
  void resolve_body(size_t si, uint32_t t, bool singular) {
    const Sentence& s = doc_.sentences[si];
    if (si == 0 || !opens_clause(s, t) || quoted(t)) return;
    if (!by_sentence_[si].empty() && by_sentence_[si].front().first < t) return;
    if (t + 1 >= s.first_token + s.token_count) return;
    std::string_view next = lower_at(t + 1);
    if (singular && in(next, {"is", "was", "'s", "\xE2\x80\x99s", "seems", "seemed", "appears", "appeared",
                              "remains", "remained", "would", "could", "might", "may", "must", "takes", "took",
                              "means", "meant", "matters", "looks", "looked", "sounds", "happens", "happened",
                              "depends", "makes", "made", "gets", "got"}))
      return;
    const Placed* subject = subject_of(si - 1);
    if (!subject) return;
    if (singular) {
      std::string_view text = doc_.view(doc_.mentions[subject->mention].text);
      bool plural_group = entity_of(*subject).actor.name.empty() && !text.empty() && text.back() == 's';
      if (!(is_state(*subject) || (is_body(*subject) && !plural_group))) return;
      add_reference(t, t + 1, *subject, doc_.mentions[subject->mention].type);
    } else {
      if (!is_body(*subject) || plural_noun_subject_after(*subject)) return;
      add_reference(t, t + 1, *subject, MentionType::kOrganization);
    }
  }

  // "The ministry said the designated groups can request a review": a
  // plural common noun after the subject `p`, in its sentence, that is the
  // subject of a verb of its own — what a following "they" more likely
  // stands for than the body.  A noun counts after a determiner ("the",
  // "these", "many") and before an auxiliary or a past form.
  bool plural_noun_subject_after(const Placed& p) const {
    const Sentence& s = doc_.sentences[p.sentence];
    uint32_t end = s.first_token + s.token_count;
    uint32_t determiner = 0;  // the last determiner's token + 1, or 0
    for (uint32_t k = p.last; k + 1 < end; ++k) {
      std::string_view w = lower_at(k);
      if (in(w, {"the", "these", "those", "some", "many", "all", "both", "several", "other", "such", "most"})) {
        determiner = k + 1;
        continue;
      }
      // "the designated groups": at most two words between determiner and noun.
      if (doc_.tokens[k].kind != TokenKind::kWord || w != doc_.token_text(k) || determiner == 0 || k > determiner + 2) {
        determiner = 0;
        continue;
      }
      if (plural_noun(w) && verb_after_subject(lower_at(k + 1)) && !in_mention(p.sentence, k)) return true;
    }
    return false;
  }

  static bool plural_noun(std::string_view w) {
    if (w.size() < 4 || w.back() != 's') return false;
    std::string_view two(w.data() + w.size() - 2, 2);
    return two != "ss" && two != "us" && two != "is" && two != "'s";
  }

  static bool verb_after_subject(std::string_view w) {
    if (in(w, {"can", "could", "will", "would", "may", "might", "must", "should", "shall", "are", "were", "have",
               "had", "do", "did", "need", "say", "said", "also"}))
      return true;
    return w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0;
  }

  bool in_mention(size_t si, uint32_t t) const {
    for (const Placed& p : by_sentence_[si])
      if (p.first <= t && t < p.last) return true;
    return false;
  }

  // "the president", "the senator" at `t` ("the") that the actor pass left
  // unresolved because the document has several holders of that office
  // ("Trump met Erdogan. The president said"): the one holder named in
  // this sentence before it or the two sentences before, if only one is.
  bool resolve_title(size_t si, uint32_t t) {
    const Sentence& s = doc_.sentences[si];
    uint32_t end = s.first_token + s.token_count;
    const Knowledge& kb = default_knowledge();
    const Title* title = nullptr;
    uint32_t title_end = 0;
    std::string phrase;
    for (uint32_t k = t + 1; k < end && k <= t + 3; ++k) {
      if (doc_.tokens[k].kind != TokenKind::kWord) break;
      phrase.append(phrase.empty() ? "" : " ").append(lower_at(k));
      if (const Title* found = kb.title(phrase)) {
        title = found;
        title_end = k + 1;
      }
    }
    if (!title) return false;
    if (title_end < end && !followed_by_predicate(title_end)) return false;
    for (const Placed& p : by_sentence_[si])  // already resolved by the actor pass
      if (p.first < title_end && p.last > t) return true;
    const Placed* found = nullptr;
    for (size_t back = 0; back <= 2 && back <= si; ++back)
      for (const Placed& p : by_sentence_[si - back]) {
        if (back == 0 && p.last > t) continue;
        const Entity& e = entity_of(p);
        if (doc_.mentions[p.mention].type != MentionType::kPerson || e.actor.name.empty() || e.actor.role != title->role)
          continue;
        if (found && entity_of(*found).actor.name != e.actor.name) return true;  // two holders: no guess
        if (!found || p.first > found->first || back == 0) found = &p;
      }
    if (found) add_reference(t, title_end, *found, MentionType::kPerson);
    return true;
  }

  // "the ministry", "the country", "the party" at `t` ("the", "this",
  // "that"), for the nouns of data/actors/reference_heads.tsv.
  void resolve_definite(size_t si, uint32_t t) {
    const Sentence& s = doc_.sentences[si];
    uint32_t end = s.first_token + s.token_count;
    auto head = heads_.find(doc_.token_text(t + 1));  // lower case only: "the Senate" is a name
    if (head == heads_.end()) return;
    bool body = head->second.wants == Wants::kNamedBody;
    if (lower_at(t) != "the" && !body) return;  // "this country" is the writer's own
    bool predicate = t + 2 >= end || followed_by_predicate(t + 2);
    if (!predicate && !(body && ends_body_reference(t + 2))) return;
    // "ask voters for support as the party with the best policies": what
    // something is, no reference back ("as the party said" is one).
    if (!predicate && t > s.first_token && lower_at(t - 1) == "as") return;
    if (covered_by_mention(si, t, head->second)) return;
    const Placed* found = nullptr;
    switch (head->second.wants) {
      case Wants::kState: found = state_before(si, t); break;
      case Wants::kIgo: found = last_before(si, t, 3, [&](const Placed& p) {
          return is_body(p) && entity_of(p).actor.sector == "IGO";
        });
        break;
      default: found = nearest_body_of_kind(si, t, head->first, head->second.sectors);
    }
    if (found) add_reference(t, t + 2, *found, doc_.mentions[found->mention].type);
  }

  // Does a mention the actor pass made already cover the noun at `t + 1`
  // ("the foreign ministry" of a country)?  A bare group noun ("the
  // militia", "the court": a group of the country of context) does not
  // keep the noun of a body from its antecedent: a named mention wins over
  // it when the event coder reads the sentence.
  bool covered_by_mention(size_t si, uint32_t t, const ReferenceHead& head) const {
    for (const Placed& p : by_sentence_[si]) {
      if (p.first > t + 1 || p.last <= t + 1) continue;
      bool bare_group = entity_of(p).actor.name.empty() && p.first >= t && p.last == t + 2;
      if (!bare_group || head.wants != Wants::kNamedBody) return true;
    }
    return false;
  }

  // After "the <noun>" of a body, what still leaves the noun a whole
  // reference: a possessive ("the group's bases"), a preposition other
  // than "of" ("bombed the group in Gaza"), or "of" and a gerund
  // ("accused the party of hiding cuts"; "the party of Lincoln" is a name).
  bool ends_body_reference(uint32_t i) const {
    std::string_view w = lower_at(i);
    if (is_possessive_mark(doc_.token_text(i))) return true;
    if (w != "of") return is_preposition(w);
    const Sentence& s = doc_.sentences[sentence_of(i)];
    if (i + 1 >= s.first_token + s.token_count) return false;
    std::string next = std::string(doc_.token_text(i + 1));
    return next.size() > 4 && next.compare(next.size() - 3, 3, "ing") == 0;
  }

  size_t sentence_of(uint32_t t) const {
    auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), t,
                               [](uint32_t i, const Sentence& s) { return i < s.first_token; });
    return static_cast<size_t>(it - doc_.sentences.begin()) - 1;
  }

  // The body "the <noun>" at `t` stands for: in the nearest sentence (this
  // one before it, or up to three before) that names one, the body whose
  // name or mention holds the noun or, for a noun naming a kind of actor,
  // the named body of one of `sectors`.  Two different ones there leave it
  // unresolved; so, for a body only of the kind, do an unnamed one brought
  // in ("a group of settlers") or an organisation no actor covers.
  const Placed* nearest_body_of_kind(size_t si, uint32_t t, const std::string& noun,
                                     const std::vector<std::string>& sectors) const {
    auto holds_noun = [&](const Placed& p) {
      std::string text = base::ascii_lower(doc_.view(doc_.mentions[p.mention].text));
      return text.find(noun) != std::string::npos || base::ascii_lower(entity_of(p).actor.name).find(noun) != std::string::npos;
    };
    auto accepts = [&](const Placed& p) {
      if (!is_body(p)) return false;
      const Actor& actor = entity_of(p).actor;
      // Of a kind: a body named as such, not a reference ("the party's
      // shift" is no antecedent of "the coalition").
      if (!actor.name.empty() && doc_.mentions[p.mention].antecedent < 0 &&
          std::find(sectors.begin(), sectors.end(), actor.sector) != sectors.end())
        return true;
      return holds_noun(p);
    };
    for (size_t back = 0; back <= 3 && back <= si; ++back) {
      const auto& list = by_sentence_[si - back];
      const Placed* found = nullptr;
      for (auto it = list.rbegin(); it != list.rend(); ++it) {
        if (it->last > t || !accepts(*it)) continue;
        if (found && !same_actor(entity_of(*found).actor, entity_of(*it).actor)) return nullptr;
        if (!found) found = &*it;
      }
      if (!found) continue;
      if (holds_noun(*found)) return found;  // "the State Department" ... "the department": no doubt
      uint32_t window_start = doc_.sentences[si - std::min<size_t>(si, 3)].first_token;
      bool in_doubt = introduced_between(doc_.sentences[found->sentence].first_token, t, noun) ||
                      unknown_body_between(found->last, t, "") || unknown_body_between(window_start, t, noun);
      return in_doubt ? nullptr : found;
    }
    return nullptr;
  }

  static bool same_actor(const Actor& a, const Actor& b) {
    return a.name == b.name && a.country == b.country && a.sector == b.sector;
  }

  // Is there, between tokens `from` and `to`, an organisation no coded
  // body covers: with no `noun`, an acronym ("ACTED said ... the group
  // condemned"), else a capitalised word before the noun ("the Blue Dog
  // coalition")?  "The <noun>" may as well stand for it.
  bool unknown_body_between(uint32_t from, uint32_t to, const std::string& noun) const {
    for (uint32_t k = from; k < to; ++k) {
      std::string_view w = doc_.token_text(k);
      bool acronym = noun.empty() && w.size() >= 3 && std::all_of(w.begin(), w.end(), [](char c) {
                       return std::isupper(static_cast<unsigned char>(c));
                     });
      bool named_kind = k > from && !noun.empty() && w == noun &&
                        std::isupper(static_cast<unsigned char>(doc_.token_text(k - 1)[0]));
      uint32_t at = named_kind ? k - 1 : k;
      if ((acronym || named_kind) && !in_coded_body(at)) return true;
    }
    return false;
  }

  bool in_coded_body(uint32_t k) const {
    const auto& list = by_sentence_[sentence_of(k)];
    return std::any_of(list.begin(), list.end(), [&](const Placed& p) { return p.first <= k && k < p.last && is_body(p); });
  }

  // Is an unnamed "<noun>" brought in between tokens `from` and `to` ("a
  // group of settlers", "another party", "Ansar al-Sharia is a group"),
  // which "the <noun>" then more likely stands for?  Not one said of an
  // actor named right before it ("Boko Haram, an Islamist group,").
  bool introduced_between(uint32_t from, uint32_t to, const std::string& noun) const {
    for (uint32_t k = from; k < to; ++k) {
      if (!in(lower_at(k), {"a", "an", "another"})) continue;
      if (k >= from + 2 && in(lower_at(k - 1), {",", "is", "was", "as"}) && ends_coded_body(k - 2)) continue;
      for (uint32_t n = k + 1; n < to && n <= k + 3; ++n)
        if (lower_at(n) == noun) return true;
    }
    return false;
  }

  bool ends_coded_body(uint32_t k) const {
    const auto& list = by_sentence_[sentence_of(k)];
    return std::any_of(list.begin(), list.end(), [&](const Placed& p) { return p.last == k + 1 && is_body(p); });
  }

  // Does the word at `i`, after "the <noun>", begin what is said of the
  // noun, not continue the noun phrase?  "the country's", "the ministry of",
  // "the party faithful", "the Senate Democrats" go on; "the ministry
  // said", "the party has", "the country, which", "the alliance deployed"
  // begin the predicate: punctuation, an auxiliary or adverb, or a word in
  // "-ed" or "-s" (a verb's past or present).
  bool followed_by_predicate(uint32_t i) const {
    std::string_view after = doc_.token_text(i);
    if (after.empty() || is_possessive_mark(after)) return false;
    if (doc_.tokens[i].kind == TokenKind::kPunct) return true;
    if (std::isupper(static_cast<unsigned char>(after[0]))) return false;
    std::string w = base::ascii_lower(after);
    if (in(w, {"said", "told", "has", "had", "have", "is", "was", "will", "would", "could", "can", "may", "might",
               "must", "should", "did", "does", "also", "then", "now", "later", "again", "still", "already",
               "recently", "previously", "never", "not", "which", "that", "who", "and", "but"}))
      return true;
    if (in(w, {"members", "leaders", "officials", "colleagues", "chairs", "elders", "workers"})) return false;
    return w.size() > 3 && ((w.compare(w.size() - 2, 2, "ed") == 0) || (w.back() == 's' && w[w.size() - 2] != 's'));
  }

  // The latest mention before token `t`, in sentence `si` or the `window`
  // before it, that `accepts`.
  template <class Accepts>
  const Placed* last_before(size_t si, uint32_t t, size_t window, Accepts accepts) const {
    for (size_t back = 0; back <= window && back <= si; ++back) {
      const auto& list = by_sentence_[si - back];
      for (auto it = list.rbegin(); it != list.rend(); ++it)
        if (it->last <= t && accepts(*it)) return &*it;
    }
    return nullptr;
  }

  // "the country": the previous sentence's subject when it is a state, else
  // the one state named in this sentence before it and the two before.
  const Placed* state_before(size_t si, uint32_t t) const {
    if (si > 0)
      if (const Placed* subject = subject_of(si - 1); subject && is_state(*subject)) return subject;
    const Placed* found = nullptr;
    for (size_t back = 0; back <= 2 && back <= si; ++back)
      for (const Placed& p : by_sentence_[si - back]) {
        if (p.last > t && back == 0) continue;
        if (!is_state(p)) continue;
        if (found && entity_of(*found).actor.country != entity_of(p).actor.country) return nullptr;
        found = &p;
      }
    return found;
  }

  // Makes tokens [first, last) a mention of the entity of `antecedent`.
  void add_reference(uint32_t first, uint32_t last, const Placed& antecedent, MentionType type) {
    int32_t entity = doc_.mentions[antecedent.mention].entity;
    Mention m{{doc_.tokens[first].text.begin, doc_.tokens[last - 1].text.end}, type, entity, false};
    m.antecedent = static_cast<int32_t>(antecedent.mention);
    doc_.entities[entity].mentions.push_back(static_cast<uint32_t>(doc_.mentions.size()));
    doc_.mentions.push_back(m);
    place(static_cast<uint32_t>(doc_.mentions.size() - 1));
  }

  Document& doc_;
  std::vector<signed char> sex_;  // per entity: -1 not yet known, else a Sex
  std::vector<signed char> person_like_;  // per entity: -1 not yet known, else 0 or 1
  std::vector<std::vector<Placed>> by_sentence_;
  base::StringMap<ReferenceHead> heads_;
};

}  // namespace

void resolve_pronouns(Document& doc) { Resolver(doc).run(); }

}  // namespace parley::actors
