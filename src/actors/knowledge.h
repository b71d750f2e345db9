// What the actor stage knows: countries (names, official and other names,
// demonyms, capitals — generated from the npm data packages into
// kb/countries.tsv — plus data/actors/country_extra.tsv), title words
// (data/actors/titles.tsv), government metonyms and named bodies
// (data/actors/metonyms.tsv, data/actors/bodies/*.tsv) and curated officials with dated tenures
// (data/kb/officials/*.tsv, format in data/kb/README.md).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/string_map.h"
#include "parley/document.h"

namespace parley::actors {

struct Title {
  std::string sector, role;
  std::string country;  // for titles of one country's government ("Secretary of State"), else ""
  // An office many states have at home ("Sen.", "Gov.", "Judge"; actors/domestic_titles.txt):
  // its holder, no country said, is of the state the article is about.
  bool domestic = false;
};

struct Metonym {
  std::string country, sector, name;
};

// One person's tenure of an office.  `roles` is a comma-separated list of
// role keys ("head_of_state,head_of_government" for a president who heads
// both); `sector` is the CAMEO sector of the office (GOV, MIL, ELI, ...).
struct Tenure {
  std::string country, roles, title, name;
  Date start, end;      // end unknown = still in office
  std::string aliases;  // '|'-separated
  std::string sector = "GOV";
  std::string source;  // the file it came from ("kb/officials/asia.tsv", a user file, ...)
  // An office of many holders at once ("Senator", "Governor of Texas";
  // actors/full_name_offices.txt): a surname alone names its holder only
  // after the article has named them in full.
  bool needs_full_name = false;
  // Such an office whose holders the KB lists only in part (representatives:
  // the prominent ones): "Rep. King" may well be a King not listed.
  bool listed_in_part = false;
  bool covers(const Date& d) const;
  bool has_role(std::string_view role) const;
  // A row saying nobody held the office (name "-"): abolished, not yet
  // created, or the state did not exist yet.
  bool vacant() const { return name == "-"; }
  // The first role key ("head_of_state").
  std::string_view role() const;
};

// Parses one line of the officials format (data/kb/README.md); throws
// std::runtime_error naming `origin` when the line is malformed.
Tenure parse_tenure_line(std::string_view line, const std::string& origin);

// Compares two dates at the precision both have (2017 == 2017-05).
int compare_dates(const Date& a, const Date& b);

class Knowledge {
 public:
  // Loads the embedded data files, then the user's officials files in
  // `extra_files` (same format; or TABARI/PETRARCH .actors dictionaries, which
  // are recognised by their content).  Throws std::runtime_error naming the
  // file and line when one is malformed.
  explicit Knowledge(const std::vector<std::string>& extra_files = {});

  // Country code for a name, demonym or capital ("Russia", "Russian", "Moscow"), or "".
  std::string_view country(std::string_view name) const;
  bool is_demonym(std::string_view word) const { return demonyms_.count(word) > 0; }
  bool is_capital(std::string_view name) const { return capitals_.count(name) > 0; }
  std::string_view country_name(std::string_view code) const;
  // The country's capital ("RUS" -> "Moscow"; the first one listed), or "".
  std::string_view capital_of(std::string_view code) const;
  const Title* title(std::string_view lower_phrase) const;
  // The office key a role title names ("Minister of Foreign Affairs" ->
  // "foreign_minister", data/actors/offices.tsv), or "".
  std::string_view office_key(std::string_view role_title) const;
  size_t longest_title_words() const { return longest_title_; }
  // Cheap filters before the phrase lookups: can a title (lower case) or a
  // country or body name (as written) start with this word?  Most words
  // start none, and then no phrase needs to be built.
  bool may_start_title(std::string_view lower_word) const { return title_starts_.count(lead_word(lower_word)) > 0; }
  bool may_start_name(std::string_view word) const { return name_starts_.count(lead_word(word)) > 0; }
  // The part of a word or name before its first space, hyphen, apostrophe or bracket.
  static std::string_view lead_word(std::string_view s);
  const Metonym* metonym(std::string_view name) const;
  // A body name many states use ("Senate", "Security Council";
  // data/actors/shared_body_names.tsv): the sector of a state's body of that
  // name, and whether a possessive ("Nigeria's Senate") makes it that state's.
  struct SharedBody {
    std::string sector;
    bool after_possessive = false;
  };
  const SharedBody* shared_body(std::string_view name) const {
    auto it = shared_bodies_.find(name);
    return it == shared_bodies_.end() ? nullptr : &it->second;
  }
  // A body name several states' bodies share ("the Democratic Party",
  // "Labour"; data/actors/contextual_bodies.tsv): one body per state, or
  // null.  The document's context says which state is meant.
  const std::vector<Metonym>* contextual_bodies(std::string_view name) const {
    auto it = contextual_bodies_.find(name);
    return it == contextual_bodies_.end() ? nullptr : &it->second;
  }
  // A contextual body's word for its members before a group noun
  // ("Republican lawmakers", "Tory MPs"), flagged `member` in the file.
  bool is_member_word(std::string_view name) const { return member_words_.count(name) > 0; }
  // A contextual name only one state's body bears ("Lib Dem", flagged `sole`):
  // it needs no context to name that body.
  bool is_sole_body(std::string_view name) const { return sole_bodies_.count(name) > 0; }
  // "lawmakers", "MPs": a plural noun for a party's members
  // (data/actors/party_member_nouns.txt).
  bool is_party_member_noun(std::string_view word) const { return party_member_nouns_.count(word) > 0; }
  // Is `word` the head of organisation or place names ("Journal", "Conference")?
  bool is_org_head(std::string_view word) const { return org_heads_.count(word) > 0; }
  bool is_org_cue(std::string_view lower_word) const { return org_cues_.count(lower_word) > 0; }
  bool is_place_cue(std::string_view lower_word) const { return place_cues_.count(lower_word) > 0; }
  // A people, faith or member of one ("Arab", "Moslems"; data/actors/peoples.txt)?
  bool is_people(std::string_view word) const {
    if (peoples_.count(word)) return true;
    return word.size() > 2 && word.back() == 's' && peoples_.count(word.substr(0, word.size() - 1));
  }
  // Is `word` the head of names of events and things ("Open", "Cup", data/actors/misc_heads.txt)?
  bool is_misc_head(std::string_view word) const { return misc_heads_.count(word) > 0; }
  // Is `word` the last word of place names ("River", "Street")?  With
  // `first`, the first word ("Mount", "Lake") instead.
  bool is_loc_head(std::string_view word, bool first = false) const {
    return (first ? loc_prefixes_ : loc_heads_).count(word) > 0;
  }
  // Is the lower-case `word` one that introduces a person's name ("striker", "mr")?
  bool is_person_cue(std::string_view lower_word) const { return person_cues_.count(lower_word) > 0; }
  bool is_first_name(std::string_view word) const { return first_names_.count(word) > 0; }
  // Is the lower-case `word` an ordinary English word (kb/common_words.txt)?
  bool is_common_word(std::string_view lower_word) const { return common_words_.count(lower_word) > 0; }
  // A city or region of the gazetteer (kb/places.tsv), or nullptr.
  struct Place {
    bool city = true;
    std::string country;
    long population = 0;
    // Another country has a place of this name nearly as large ("Punjab",
    // "Birmingham"): the name alone does not tell the country.
    bool shared = false;
  };
  const Place* place(std::string_view name) const {
    auto it = places_.find(name);
    return it == places_.end() ? nullptr : &it->second;
  }
  // The country of a first-level division or its abbreviation ("Virginia",
  // "Va.", "Ontario"; data/actors/regions.tsv), or "".  Read after a city
  // and a comma: "Alexandria, Va." lies in the US.
  std::string_view region_country(std::string_view name) const {
    auto it = regions_.find(name);
    return it == regions_.end() ? std::string_view() : std::string_view(it->second);
  }
  // The type of a well-known name that no other rule types (news agencies,
  // world regions, postal abbreviations; data/actors/names.tsv), or nullptr.
  const MentionType* known_name(std::string_view name) const {
    auto it = known_names_.find(name);
    return it == known_names_.end() ? nullptr : &it->second;
  }
  // "team" or "individual" for a sport word of data/actors/sports.tsv, else "".
  // The legislature a party letter of a tag "R-Texas" after a name places its
  // bearer in (data/actors/party_tags.tsv), or nullptr.
  struct PartyTag {
    std::string country, role;
  };
  const PartyTag* party_tag(std::string_view letter) const {
    auto it = party_tags_.find(letter);
    return it == party_tags_.end() ? nullptr : &it->second;
  }
  std::string_view sport_kind(std::string_view lower_phrase) const {
    auto it = sports_.find(lower_phrase);
    return it == sports_.end() ? std::string_view() : std::string_view(it->second);
  }
  // Tenures of the person named `name` (full name or alias), valid on `date`
  // when it is known; all tenures otherwise.
  std::vector<const Tenure*> person(std::string_view name, const Date& date) const;
  // What a person the KB knows is on `date`, from their tenures as person()
  // gives them: the office held then; after their last office a former
  // official (CAMEO's elites, ELI: "former Secretary of State"); before their
  // first office nothing but the country, since the KB does not say what
  // they were (a candidate in 2016 is not yet the government).
  struct Standing {
    std::string sector, role;
  };
  static Standing standing(const std::vector<const Tenure*>& tenures, const Date& date);
  // Is `seat` an office of many holders (a House or Senate seat) during
  // which its holder took up an office of their own (the Speakership)?
  static bool seat_around_office(const Tenure& seat, const std::vector<const Tenure*>& tenures);
  // Tenures whose holder has surname `surname`, valid on `date`.
  std::vector<const Tenure*> by_surname(std::string_view surname, const Date& date) const;
  // Holders of `role` in `country` on `date` ("head_of_state", "USA", 2017-05-10
  // -> Donald Trump); usually one, several for collective offices.
  std::vector<const Tenure*> office(std::string_view country, std::string_view role, const Date& date) const;
  const std::vector<Tenure>& tenures() const { return tenures_; }
  // Is the family name written first in `country` ("Kim Jong-un")?
  bool family_name_first(std::string_view country) const { return surname_first_.count(country) > 0; }
  // ISO3 codes of the UN member states (from the country data).
  const std::vector<std::string>& un_members() const { return un_members_; }
  // The surnames a person named `name` is called by alone: the last word
  // (before "Jr.", "III"), with its particles ("de la Cruz", "Van Rompuy"),
  // and the first word when the family name comes first (`family_first`, or
  // a Korean given name: "Ban Ki-moon" is Mr Ban).
  static std::vector<std::string> surnames(std::string_view name, bool family_first);
  // The CAMEO sector of an office from the words of its title ("Director of
  // the CIA" -> SPY, "Attorney General" -> JUD; data/actors/office_sectors.tsv), GOV by default.
  static std::string_view office_sector(std::string_view title);
  // Is `title` an office whose holders a bare surname names only after their
  // full name (actors/full_name_offices.txt: "Senator", "Governor of Ohio")?
  // Sets *listed_in_part when the KB lists only some of its holders.
  static bool full_name_office(std::string_view title, bool* listed_in_part = nullptr);
  // Holders on `date` of the office whose title is `role_title` (any case),
  // in `country` or, when it is empty, in any country.
  std::vector<const Tenure*> titled(std::string_view country, std::string_view role_title, const Date& date) const;
  // The countries whose offices of the KB have the title `role_title`, at any date.
  std::vector<std::string> countries_with_title(std::string_view role_title) const;
  // Adds tenures (from a user file or learned from text); they are indexed like curated ones.
  void add(Tenure tenure);
  // Lines of user dictionaries that were skipped, each naming file, line and problem.
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  void load_regions();
  base::StringMap<std::string> countries_;  // name -> ISO3
  base::StringMap<std::string> country_names_;
  base::StringMap<std::string> country_capitals_;  // iso3 -> first capital
  base::StringMap<bool> demonyms_, capitals_;
  base::StringMap<Title> titles_;
  base::StringMap<std::string> office_keys_;
  size_t longest_title_ = 1;
  base::StringMap<Metonym> metonyms_;
  base::StringMap<SharedBody> shared_bodies_;
  base::StringMap<std::vector<Metonym>> contextual_bodies_;
  base::StringSet member_words_;  // "Republican", "Tory"
  base::StringSet sole_bodies_;   // "Lib Dem": one state's alone
  base::StringSet party_member_nouns_;  // "lawmakers", "MPs"
  base::StringSet title_starts_, name_starts_;  // see may_start_title/name
  void index_lead_words();
  void add_prefixed_titles();
  void add_portfolio_titles();
  void add_party_case_variants();
  base::StringMap<bool> org_heads_, loc_heads_, loc_prefixes_, person_cues_, first_names_,
      common_words_, misc_heads_, org_cues_, place_cues_, peoples_;
  base::StringMap<Place> places_;
  base::StringMap<MentionType> known_names_;
  base::StringMap<std::string> sports_;
  base::StringMap<PartyTag> party_tags_;
  std::vector<Tenure> tenures_;
  std::vector<std::string> un_members_;
  std::vector<std::string> warnings_;
  base::StringMap<int> country_tenures_;  // tenures per country
  base::StringMap<std::string> regions_;  // "Va." -> USA
  base::StringSet surname_first_;         // countries writing family names first
  base::StringSet seen_;                  // tenure identities, to drop duplicates
  base::StringMap<std::vector<size_t>> by_name_, by_lower_name_, by_surname_;
  base::StringMap<std::vector<size_t>> by_title_;  // lower-case office title -> tenures (not vacant)
  base::StringMap<std::vector<std::string>> countries_by_title_;  // lower-case title -> countries
  void load_user_file(const std::string& path);
  // Reads one file of named bodies (metonyms.tsv format) into metonyms_.
  void load_bodies(const std::string& file);
  void home_country_first(std::vector<const Tenure*>& found, const std::vector<size_t>& all) const;
};

// The knowledge every stage uses by default: the embedded data plus the files
// listed in the environment variable PARLEY_KB (':'-separated).
const Knowledge& default_knowledge();

// True when the actor is its state rather than one of its people: a
// country-level actor (no name), "Government of X" (what "the White House"
// stands for), or a leader's government named after them ("the Trump
// administration", "the Sharif government"), which dates, not names, keep
// apart from another leader's.  Such an actor is the same side as any
// official of its country.
bool speaks_for_state(const Actor& a);

}  // namespace parley::actors
