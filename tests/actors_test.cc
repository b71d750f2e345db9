#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

#include "actors/groups.h"
#include "actors/pronouns.h"
#include "actors/recognizer.h"
#include "segment/segmenter.h"
#include "test_util.h"

namespace parley {
namespace {

const Actor* actor_of(const Document& d, const std::string& mention_text) {
  for (const Mention& m : d.mentions)
    if (d.view(m.text) == mention_text && m.entity >= 0) return &d.entities[m.entity].actor;
  return nullptr;
}

TEST(Actors, DemonymTitleAndNameGiveCountryAndRole) {
  auto d = test::with_actors("Kenyan Foreign Minister Achieng Wafula met the envoy on Monday.\n");
  const Actor* a = actor_of(d, "Achieng Wafula");  // the mention is the name; "Kenyan" is one of its own
  ASSERT_NE(actor_of(d, "Kenyan"), nullptr);
  EXPECT_EQ(actor_of(d, "Kenyan")->country, "KEN");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->name, "Achieng Wafula");  // an invented name: not in the KB, learned from its title
  EXPECT_EQ(a->id, "learned:achieng-wafula:KEN");
  EXPECT_EQ(a->country, "KEN");
  EXPECT_EQ(a->role, "Minister of Foreign Affairs");
  EXPECT_EQ(a->code, "KENGOV");
  EXPECT_TRUE(a->learned());
  EXPECT_FALSE(a->from_kb());
  auto known = test::with_actors("Russian Foreign Minister Sergey Lavrov met the envoy on Monday.\n", Date{2017, 5, 10});
  ASSERT_NE(actor_of(known, "Sergey Lavrov"), nullptr);
  EXPECT_EQ(actor_of(known, "Sergey Lavrov")->id, Actor::kb_id("Sergey Lavrov"));
  EXPECT_TRUE(actor_of(known, "Sergey Lavrov")->from_kb());
}

// Wire text that writes a known name in the wrong case: the name is read,
// the text is left as written, and ordinary words stay words.
TEST(Actors, KnownNamesInTheWrongCaseAreRead) {
  auto d = test::with_actors("President obama said the United States would help iSrael and the tunisian people.\n",
                             Date{2015, 6, 20});
  ASSERT_NE(actor_of(d, "obama"), nullptr);
  EXPECT_EQ(actor_of(d, "obama")->code, "USAGOV");
  ASSERT_NE(actor_of(d, "iSrael"), nullptr);  // the mention keeps the text as written
  EXPECT_EQ(actor_of(d, "iSrael")->country, "ISR");
  ASSERT_NE(actor_of(d, "tunisian"), nullptr);
  EXPECT_EQ(actor_of(d, "tunisian")->country, "TUN");
  // Lower-case words that are also English words, and a surname with no title before it.
  auto words = test::with_actors("Exports of china and turkey fell, the iPhone maker said, and obama laughed.\n",
                                 Date{2015, 6, 20});
  EXPECT_EQ(actor_of(words, "china"), nullptr);
  EXPECT_EQ(actor_of(words, "turkey"), nullptr);
  EXPECT_EQ(actor_of(words, "iPhone"), nullptr);
  EXPECT_EQ(actor_of(words, "obama"), nullptr);
}

// The document read as the pipeline reads it up to references, and the
// name a reference word at `word` (its `nth` occurrence) was resolved to,
// or "" when it stayed unresolved.
std::string referent_of(const std::string& text, const std::string& word, Date pub, int nth = 0) {
  Document d = test::with_actors(text, pub);
  actors::recognize_groups(d);
  actors::resolve_pronouns(d);
  size_t at = std::string::npos;
  for (int k = 0; k <= nth; ++k) at = d.text.find(word, at == std::string::npos ? 0 : at + 1);
  for (const Mention& m : d.mentions)
    if (m.text.begin == at && m.antecedent >= 0 && m.entity >= 0) {
      const Actor& a = d.entities[m.entity].actor;
      return a.name.empty() ? a.country : a.name;
    }
  return "";
}

// After a reporting verb the person the report is about is the one a
// later "he" most likely stands for; "He added" goes on with the reporter.
TEST(Pronouns, AfterAReportedClauseHeIsItsSubjectUnlessHeReportsToo) {
  Date pub{2019, 6, 10};
  EXPECT_EQ(referent_of("State Attorney Mark Brnovich confirmed that Martin Okafor pleaded guilty to filing a "
                        "false report. He was sentenced to 150 days in jail.\n",
                        "He", pub),
            "Martin Okafor");
  EXPECT_EQ(referent_of("Governor Andrew Cuomo said Martin Okafor had stolen the car. He was arrested on Friday.\n", "He", pub),
            "Martin Okafor");
  EXPECT_EQ(referent_of("Prime Minister Boris Johnson said that Jeremy Corbyn had misled voters. He added that "
                        "the election would be held soon.\n",
                        "He", pub),
            "Boris Johnson");
  // No reported clause: the subject, as before.
  EXPECT_EQ(referent_of("Boris Johnson met Jeremy Corbyn in London. He was sentenced to nothing.\n", "He", pub),
            "Boris Johnson");
}

// A capitalised name with nothing of a person about it (no given name,
// title, honorific, known person or bare surname) is no antecedent of he/she.
TEST(Pronouns, NamesWithNothingOfAPersonTakeNoHeOrShe) {
  Date pub{2019, 12, 25};
  EXPECT_EQ(referent_of("Thousands of pilgrims gathered for Christmas Midnight Mass in the square. He called for "
                        "peace.\n",
                        "He", pub),
            "");
  EXPECT_EQ(referent_of("Members of Opus Dei ran schools across Spain. She said the group would cooperate.\n", "She",
                        pub),
            "");
  // A person named in full and then by surname is one, known given name or not.
  EXPECT_EQ(referent_of("Jussie Smollett arrived at the court. Smollett spoke briefly. He then left.\n", "He", pub),
            "Jussie Smollett");
}

// "they" after a sentence whose reported clause has a plural common noun
// as its subject is those, not the body that reported it.
TEST(Pronouns, TheyAfterAPluralNounSubjectStaysUnresolved) {
  Date pub{2019, 6, 10};
  EXPECT_EQ(referent_of("The German Interior Ministry said the designated groups can request a review. They can "
                        "also file a lawsuit.\n",
                        "They", pub),
            "");
  EXPECT_EQ(referent_of("The European Union met in Brussels on Tuesday. They imposed sanctions on Russia.\n", "They",
                        pub),
            "European Union");
}

// "the group", "this party": the named body of the kind the noun names, in
// the nearest sentence that has one.
TEST(Pronouns, ANounNamingAKindOfActorIsTheNearestBodyOfThatKind) {
  Date pub{2015, 1, 10};
  EXPECT_EQ(referent_of("Boko Haram attacked the town of Baga. Witnesses said the group burned houses.\n", "the group",
                        pub),
            "Boko Haram");
  // The nearest wins: Hamas is nearer than Boko Haram.
  EXPECT_EQ(referent_of("Boko Haram attacked Baga on Monday. Hamas fired rockets at Israel on Tuesday. "
                        "The group said the rockets were a warning.\n",
                        "The group", pub),
            "Hamas");
  EXPECT_EQ(referent_of("Human Rights Watch published a report on Monday. This group has long criticized Egypt.\n",
                        "This group", pub),
            "Human Rights Watch");
  // An acronym no actor covers may be the group meant.
  EXPECT_EQ(referent_of("Hamas fired rockets at Israel. ACTED said the group had hit a clinic.\n", "the group", pub),
            "");
  // "the party faithful", "the group leader": no reference.
  EXPECT_EQ(referent_of("Labour met in Brighton. The party faithful cheered.\n", "The party", pub), "");
}

// "the Merkel-Macron meeting", "US-Russia relations": each side of a
// hyphenated pair of actors is a mention of its own, spanning just that side.
TEST(Actors, EachSideOfAHyphenatedPairOfActorsIsAMention) {
  auto d = test::with_actors(
      "The Merkel-Macron meeting was cordial, but US-Russia relations and the Israeli-Palestinian conflict "
      "dominated.\n",
      Date{2019, 5, 20});
  ASSERT_NE(actor_of(d, "Merkel"), nullptr);
  EXPECT_EQ(actor_of(d, "Merkel")->code, "DEUGOV");
  ASSERT_NE(actor_of(d, "Macron"), nullptr);
  EXPECT_EQ(actor_of(d, "Macron")->code, "FRAGOV");
  ASSERT_NE(actor_of(d, "US"), nullptr);
  EXPECT_EQ(actor_of(d, "US")->country, "USA");
  ASSERT_NE(actor_of(d, "Russia"), nullptr);
  EXPECT_EQ(actor_of(d, "Russia")->country, "RUS");
  ASSERT_NE(actor_of(d, "Israeli"), nullptr);
  EXPECT_EQ(actor_of(d, "Israeli")->country, "ISR");
  ASSERT_NE(actor_of(d, "Palestinian"), nullptr);
  EXPECT_EQ(actor_of(d, "Palestinian")->country, "PSE");
  // "Kim" alone is no one; after "Kim Jong Un" it is he, and "Trump" is Trump.
  auto later = test::with_actors(
      "Donald Trump wrote to Kim Jong Un on Monday. The Trump-Kim summit will take place in Singapore.\n",
      Date{2018, 5, 20});
  ASSERT_NE(actor_of(later, "Kim"), nullptr);
  EXPECT_EQ(actor_of(later, "Kim")->code, "PRKGOV");
  ASSERT_NE(actor_of(later, "Trump"), nullptr);
  EXPECT_EQ(actor_of(later, "Trump")->code, "USAGOV");
}

// "Justice" is also a judge's title; before a body's head word it names
// the ministry, and "Ministry" is no person.
TEST(Actors, ATitleWordBeforeABodysHeadIsNoPersonsName) {
  auto d = test::with_actors("The Justice Ministry said the designated groups can appeal.\n", Date{2019, 6, 10});
  for (const Mention& m : d.mentions)
    EXPECT_FALSE(m.type == MentionType::kPerson && d.view(m.text) == "Ministry") << "a ministry read as a person";
  // A judge's title before a name still makes a person.
  auto judge = test::with_actors("Justice Ruth Bader Ginsburg wrote the dissent.\n", Date{2019, 6, 10});
  ASSERT_FALSE(judge.mentions.empty());
  EXPECT_EQ(judge.mentions[0].type, MentionType::kPerson);
}

// One name written with a hyphen, or a side that names no actor: no pair.
TEST(Actors, HyphenatedSingleNamesAreNotSplit) {
  auto d = test::with_actors(
      "Rolls-Royce, Hewlett-Packard and Coca-Cola met officials of Guinea-Bissau and Bosnia-Herzegovina, "
      "Jean-Claude Juncker and Adil Abdul-Mahdi at a Franco-German forum on the Indo-Pacific.\n",
      Date{2019, 5, 20});
  for (const Mention& m : d.mentions) {
    std::string_view text = d.view(m.text);
    EXPECT_TRUE(text.find('-') != std::string_view::npos || text.find(' ') != std::string_view::npos)
        << "a part of a hyphenated name was read alone: " << text;
  }
  ASSERT_NE(actor_of(d, "Guinea-Bissau"), nullptr);
  EXPECT_EQ(actor_of(d, "Guinea-Bissau")->country, "GNB");
  ASSERT_NE(actor_of(d, "Bosnia-Herzegovina"), nullptr);
  EXPECT_EQ(actor_of(d, "Bosnia-Herzegovina")->country, "BIH");
}

// "The president" with no country is the one president the article has
// named so far; after two presidents it is left unresolved.
TEST(Actors, ABareTitleIsTheOnePersonOfTheDocumentHoldingIt) {
  auto one = test::with_actors("President Donald Trump spoke in Washington.\n\nThe president said the talks were good.\n",
                      Date{2018, 4, 20});
  const Actor* a = actor_of(one, "president");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->name, "Donald Trump");
  auto two = test::with_actors(
      "President Donald Trump met President Emmanuel Macron in Washington.\n\nThe president said the talks were good.\n",
      Date{2018, 4, 24});
  const Actor* b = actor_of(two, "president");
  EXPECT_TRUE(b == nullptr || b->name.empty());
}

// "the Democratic Party", "Labour": names several states' parties share
// are the party of the state the text named last, and no guess without one.
TEST(Actors, ASharedPartyNameIsTheOneOfTheStateNamedLast) {
  // The state named last that has such a party, here before Russia.
  auto us = test::with_actors(
      "Senators in Washington met on Monday.\n\nThey spoke of Russia.\n\nThe Democratic Party filed a lawsuit on Friday.\n");
  const Actor* a = actor_of(us, "Democratic Party");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->code, "USAPTY");
  auto nz = test::with_actors("Voters in New Zealand go to the polls.\n\nLabour promised lower taxes.\n");
  ASSERT_NE(actor_of(nz, "Labour"), nullptr);
  EXPECT_EQ(actor_of(nz, "Labour")->country, "NZL");
  // No state named so far has a Labour party: nothing is guessed.
  auto fr = test::with_actors("Paris hosted the talks.\n\nLabour criticised the plan.\n");
  auto country_of = [](const Document& d, const std::string& text) {
    const Actor* a = actor_of(d, text);
    return a ? a->country : std::string();
  };
  EXPECT_EQ(country_of(fr, "Labour"), "");
  auto none = test::with_actors("The Democratic Party filed a lawsuit on Friday.\n");
  EXPECT_EQ(country_of(none, "Democratic Party"), "");
}

TEST(Actors, AmbassadorsKeepTheirNationalityNotTheirPosting) {
  auto d = test::with_actors("The Brazilian Ambassador to the U.S., Paulo Souza, met officials. Souza later left.\n");
  const Actor* a = actor_of(d, "Paulo Souza");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->name, "Paulo Souza");
  EXPECT_EQ(a->country, "BRA");
  EXPECT_EQ(a->sector, "DIP");
  // The surname alone later is the same entity.
  const Actor* later = actor_of(d, "Souza");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later, a);
}

TEST(Actors, CuratedOfficialsResolveBySurnameOnTheirDates) {
  auto d = test::with_actors("Lavrov arrived in Washington.\n", {2017, 5, 10});
  const Actor* a = actor_of(d, "Lavrov");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->name, "Sergey Lavrov");
  EXPECT_EQ(a->country, "RUS");
  const Actor* w = actor_of(d, "Washington");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->country, "USA");
  // A surname that matches no official of that date stays unresolved.
  auto unknown = test::with_actors("Smithers arrived in Washington.\n", {2017, 5, 10});
  EXPECT_EQ(actor_of(unknown, "Smithers"), nullptr);
}

TEST(Actors, MetonymsAndInternationalBodies) {
  auto d = test::with_actors("The Kremlin and NATO traded accusations while the State Department kept silent.\n");
  ASSERT_NE(actor_of(d, "Kremlin"), nullptr);
  EXPECT_EQ(actor_of(d, "Kremlin")->country, "RUS");
  EXPECT_EQ(actor_of(d, "NATO")->country, "NATO");
  EXPECT_EQ(actor_of(d, "State Department")->country, "USA");
}

// data/actors/bodies/: parties, armed groups, state bodies, IGOs and media are
// coded actors like the metonyms ("Hamas" is a Palestinian rebel group).
TEST(Actors, NamedBodiesOfEveryKindAreCodedActors) {
  struct Case {
    std::string sentence, mention, code;
  };
  const Case cases[] = {
      {"Hamas fired rockets at Israel on Sunday.\n", "Hamas", "PSEREB"},
      {"The Democratic National Committee sued the campaign in federal court.\n", "Democratic National Committee",
       "USAPTY"},
      {"ECOWAS suspended Niger after the coup.\n", "ECOWAS", "ECOWASIGO"},
      {"Officials said the Taliban had seized the district.\n", "Taliban", "AFGINS"},
      {"The Bundeswehr sent troops to Lithuania.\n", "Bundeswehr", "DEUMIL"},
      {"Interpol issued a red notice for the banker.\n", "Interpol", "INTERPOLIGO"},
      {"Mossad was blamed for the killing.\n", "Mossad", "ISRSPY"},
      {"Xinhua reported the visit.\n", "Xinhua", "CHNMED"},
      {"The Pakistani Taliban claimed the attack.\n", "Pakistani Taliban", "PAKINS"},  // longest name wins
      {"The Nigerian Senate passed the budget.\n", "Nigerian Senate", "NGALEG"},       // not the US "Senate"
  };
  for (const Case& c : cases) {
    auto d = test::with_actors(c.sentence);
    const Actor* a = actor_of(d, c.mention);
    ASSERT_NE(a, nullptr) << c.sentence;
    EXPECT_EQ(a->code, c.code) << c.sentence;
  }
}

TEST(Actors, NamedBodiesBecomeEventActors) {
  auto r = test::read_bytes("Hamas fired rockets at Israel on Sunday.\n", "doc.txt");
  ASSERT_EQ(r.docs.size(), 1u);
  auto events = Pipeline().extract(r.docs[0]);
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].source.actor.code, "PSEREB");
  EXPECT_EQ(events[0].target.actor.country, "ISR");
}

// Names that stand for different bodies in different countries ("Labour" in
// Britain, Australia, Israel...; "Democrats") are not coded from the name alone.
TEST(Actors, AmbiguousBareBodyNamesStayUncoded) {
  auto d = test::with_actors("Labour criticised the budget, and the Democrats walked out.\n");
  for (const char* word : {"Labour", "Democrats"}) {
    const Actor* a = actor_of(d, word);
    EXPECT_TRUE(a == nullptr || a->code.empty()) << word << " coded as " << a->code;
  }
  EXPECT_EQ(actors::default_knowledge().metonym("Labour"), nullptr);
  EXPECT_EQ(actors::default_knowledge().metonym("Democratic Party"), nullptr);
  ASSERT_NE(actors::default_knowledge().metonym("Labour Party"), nullptr);
  EXPECT_EQ(actors::default_knowledge().metonym("Labour Party")->country, "GBR");
}

// A written form listed for two different bodies is a data error that names the
// file, not a silent override by whichever file is read last.
TEST(Actors, AFormListedForTwoBodiesIsAnError) {
  auto dir = std::filesystem::temp_directory_path() / ("parley-bodies-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "actors" / "bodies");
  std::ofstream(dir / "actors" / "bodies" / "zz_conflict.tsv") << "Hamas\tEGY\tPTY\tAnother Hamas\n";
  ::setenv("PARLEY_DATA", dir.c_str(), 1);
  try {
    actors::Knowledge kb;
    ADD_FAILURE() << "no error for a form listed twice";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("zz_conflict.tsv"), std::string::npos) << e.what();
  }
  ::unsetenv("PARLEY_DATA");
  std::filesystem::remove_all(dir);
}

TEST(Actors, SeedPersonsResolveToCanonicalNamesAndCountries) {
  if (!test::have_shared()) GTEST_SKIP() << "../shared not present";
  struct Expect {
    const char* seed;
    const char* mention;
    const char* name;
    const char* country;
  };
  // Every person of the gold reading (../shared/gold/seeds.gold.jsonl).
  for (const Expect& e : std::initializer_list<Expect>{{"000_", "Flynn", "Michael Flynn", "USA"},
                                                       {"000_", "Tillerson", "Rex Tillerson", "USA"},
                                                       {"000_", "Sergey Kislyak", "Sergey Kislyak", "RUS"},
                                                       {"000_", "Lavrov", "Sergey Lavrov", "RUS"},
                                                       {"000_", "Thomas Shannon", "Thomas Shannon", "USA"},
                                                       {"001_", "Anatoly Antonov", "Anatoly Antonov", "RUS"},
                                                       {"001_", "Tillerson", "Rex Tillerson", "USA"},
                                                       {"002_", "Trump", "Donald Trump", "USA"},
                                                       {"002_", "Tillerson", "Rex Tillerson", "USA"},
                                                       {"002_", "Kislyak", "Sergey Kislyak", "RUS"},
                                                       {"002_", "Lavrov", "Sergey Lavrov", "RUS"},
                                                       {"003_", "Gershkovich", "Evan Gershkovich", "USA"},
                                                       {"003_", "Sullivan", "Jake Sullivan", "USA"},
                                                       {"003_", "Lynne Tracy", "Lynne Tracy", "USA"},
                                                       {"003_", "Putin", "Vladimir Putin", "RUS"},
                                                       {"004_", "Trump", "Donald Trump", "USA"},
                                                       {"004_", "Tillerson", "Rex Tillerson", "USA"},
                                                       {"004_", "Lavrov", "Sergey Lavrov", "RUS"},
                                                       {"004_", "Putin", "Vladimir Putin", "RUS"}}) {
    auto r = test::read_paths({test::seed_path(e.seed)});
    ASSERT_EQ(r.docs.size(), 1u);
    Document d = std::move(r.docs[0]);
    segment::segment(d);
    actors::recognize_actors(d);
    bool found = false;
    for (const Mention& m : d.mentions) {
      if (d.view(m.text).find(e.mention) == std::string_view::npos || m.entity < 0) continue;
      const Actor& a = d.entities[m.entity].actor;
      if (a.name != e.name) continue;
      found = true;
      EXPECT_EQ(a.country, e.country) << e.seed << ": " << e.mention;
    }
    EXPECT_TRUE(found) << e.seed << ": " << e.mention;
  }
}

// The actor codes of a text after the actor and group passes, by mention text.
struct GroupCodes {
  Document d;
  explicit GroupCodes(const std::string& text) {
    auto r = test::read_bytes(text);
    EXPECT_EQ(r.docs.size(), 1u);
    d = std::move(r.docs[0]);
    Pipeline().segment(d);
    actors::recognize_actors(d);
    actors::recognize_groups(d);
  }
  std::string operator()(const std::string& text) const {
    for (const Mention& m : d.mentions)
      if (d.view(m.text) == text && m.entity >= 0) return d.entities[m.entity].actor.code;
    return "(none)";
  }
};

// "Opponents of Rwanda's Senate", "critics of President Kagame": the
// opponents of a country's rulers are its opposition; a foreign state, a
// bill, or the ruler's own act ("critics of Kagame's reforms") are not rulers.
TEST(Actors, OpponentsOfARulerAreTheCountrysOpposition) {
  EXPECT_EQ(GroupCodes("Opponents of Rwanda's Senate marched on Monday.\n")("Opponents of Rwanda's Senate"), "RWAOPP");
  GroupCodes critics("Critics of President Paul Kagame marched in Kigali.\n");
  EXPECT_EQ(critics("Critics of President Paul Kagame"), "RWAOPP");
  EXPECT_EQ(critics("Paul Kagame"), "(none)");
  GroupCodes state("Critics of Israel marched in London.\n");
  EXPECT_EQ(state("Critics of Israel"), "(none)");
  EXPECT_EQ(state("Israel"), "ISR");
  GroupCodes act("Critics of Paul Kagame's reforms marched in Kigali.\n");
  EXPECT_EQ(act("Paul Kagame"), "RWAGOV");
}

// "Kenya Airways", "China Development Bank": a body named for its state
// has the sector the rest of its name gives; a state's own long name
// ("the Soviet Union") stays the state.
TEST(Actors, ABodyNamedForItsStateHasItsNamesSector) {
  GroupCodes airline("Kenya Airways suspended its flights to Mogadishu on Monday.\n");
  EXPECT_EQ(airline("Kenya Airways"), "KENBUS");
  GroupCodes state("The Soviet Union attacked Finland in 1939.\n");
  EXPECT_EQ(state("Soviet Union"), "RUS");
}

TEST(Actors, CountriesWithAgentNounsAreGroupsOfThatCountry) {
  GroupCodes code_of(
      "Poland's parliament criticised Moscow on Monday. Israeli troops raided a village. "
      "Thousands of Nigerians rallied in Lagos.\n");
  EXPECT_EQ(code_of("Poland's parliament"), "POLLEG");
  EXPECT_EQ(code_of("Israeli troops"), "ISRMIL");
  EXPECT_EQ(code_of("Nigerians"), "NGACVL");
  EXPECT_EQ(code_of("Moscow"), "RUS");  // a state alone stays the state
}

// An irregular past between a state and a group noun is the verb, not a
// modifier of the group: "Russia held military drills" is Russia acting.
TEST(Actors, AnIrregularPastIsNoModifierOfAGroup) {
  GroupCodes code_of("Russia held military drills near the border. Britain sent troops to the region.\n");
  EXPECT_EQ(code_of("Russia held military"), "(none)");
  EXPECT_EQ(code_of("Russia"), "RUS");
  EXPECT_EQ(code_of("Britain sent troops"), "(none)");
}

TEST(Actors, CourtsAndChambersOfAStateAreItsJudiciaryAndLegislature) {
  GroupCodes code_of(
      "Kenya's High Court blocked the plan. Nigeria's National Assembly approved the budget. "
      "The Ghanaian Electoral Commission published the results.\n");
  EXPECT_EQ(code_of("Kenya's High Court"), "KENJUD");
  EXPECT_EQ(code_of("Nigeria's National Assembly"), "NGALEG");
  EXPECT_EQ(code_of("Ghanaian Electoral Commission"), "GHAGOV");
}

TEST(Actors, NamedOfficesAfterACountryAreGroupsOfThatCountry) {
  GroupCodes code_of(
      "Poland's Foreign Ministry summoned the envoy. The Kenyan Defence Ministry denied it. "
      "Ukraine's intelligence agency accused Moscow.\n");
  EXPECT_EQ(code_of("Poland's Foreign Ministry"), "POLGOV");
  EXPECT_EQ(code_of("Kenyan Defence Ministry"), "KENMIL");
  EXPECT_EQ(code_of("Ukraine's intelligence agency"), "UKRSPY");
}

TEST(Actors, ANameInAParallelClauseSaysWhoTheTitledEnvoyWas) {
  auto d = test::with_actors(
      "Chinese Foreign Minister Wang Yi met with Sweden's ambassador to China amid a row over a detained "
      "publisher. On Monday, Wang met with Per Augustsson to discuss consular access. Separately, Wang met with "
      "Maria Lopez.\n",
      {2019, 2, 12});
  const Actor* envoy = actor_of(d, "Per Augustsson");
  ASSERT_NE(envoy, nullptr);
  EXPECT_EQ(envoy->country, "SWE");
  EXPECT_EQ(envoy->sector, "DIP");
  EXPECT_EQ(actor_of(d, "Sweden's ambassador"), envoy);  // one entity
  // Only one title to give: the third name stays unplaced.
  const Actor* other = actor_of(d, "Maria Lopez");
  if (other) { EXPECT_EQ(other->country, ""); }
}

TEST(Actors, DescriptionsResolveThroughTheirPossessorOrBody) {
  auto d = test::with_actors(
      "Erdogan's top diplomat flew to Brussels, where the NATO chief received him. "
      "The secretary-general later spoke to reporters.\n",
      {2019, 3, 14});
  const Actor* diplomat = actor_of(d, "top diplomat");
  ASSERT_NE(diplomat, nullptr);
  EXPECT_EQ(diplomat->country, "TUR");
  EXPECT_EQ(diplomat->name, "Mevlüt Çavuşoğlu");
  const Actor* chief = actor_of(d, "chief");
  ASSERT_NE(chief, nullptr);
  EXPECT_EQ(chief->name, "Jens Stoltenberg");
  EXPECT_EQ(chief->sector, "IGO");
  EXPECT_EQ(actor_of(d, "secretary-general"), chief);
  // Without a body named before it, a bare IGO title stays unresolved.
  auto alone = test::with_actors("The secretary-general spoke to reporters.\n", {2019, 3, 14});
  const Actor* nobody = actor_of(alone, "secretary-general");
  EXPECT_TRUE(nobody == nullptr || nobody->name.empty());
}

TEST(Actors, AnOfficeNamedBeforeItsHolderIsThatHolder) {
  auto d = test::with_actors(
      // Undated, so the knowledge base cannot say who held the office: the text does.
      "Beijing's top diplomat arrived in Canberra on Wednesday. Wang Yi told reporters that talks went well.\n");
  const Actor* diplomat = actor_of(d, "Beijing's top diplomat");
  ASSERT_NE(diplomat, nullptr);
  EXPECT_EQ(diplomat, actor_of(d, "Wang Yi"));
}

TEST(Actors, TitlesAreNeverNamesAndUnnamedOfficesStayApart) {
  auto d = test::with_actors(
      "Acting Deputy Secretary of State Maria Olsen and the U.S. President spoke on Monday. "
      "\"Deputy Secretary of State Olsen regularly meets envoys,\" an aide said. Olsen was appointed "
      "Undersecretary of State for Political Affairs in 2016.\n",
      {2017, 11, 1});
  for (const Mention& m : d.mentions) EXPECT_NE(d.view(m.text), "Secretary");
  const Actor* president = actor_of(d, "U.S. President");
  const Actor* under = actor_of(d, "Undersecretary of State");
  ASSERT_NE(president, nullptr);
  ASSERT_NE(under, nullptr);
  EXPECT_NE(president, under);
  EXPECT_EQ(president->name, "Donald Trump");
  EXPECT_TRUE(under->name.empty());
}

// Is `mention_text` a city or region (no actor) lying in `country`?
bool place_in(const Document& d, const std::string& mention_text, const std::string& country) {
  for (const Mention& m : d.mentions)
    if (d.view(m.text) == mention_text && m.entity >= 0)
      return d.entities[m.entity].place && d.entities[m.entity].actor.country == country;
  return false;
}

std::string code_at(const Document& d, const std::string& mention_text) {
  const Actor* a = actor_of(d, mention_text);
  return a ? a->code : "(none)";
}

bool has_mention(const Document& d, const std::string& mention_text) {
  return std::any_of(d.mentions.begin(), d.mentions.end(),
                     [&](const Mention& m) { return d.view(m.text) == mention_text; });
}

TEST(Actors, ASharedBodyNameAfterAnotherStateIsThatStatesBody) {
  auto d = test::with_actors(
      "The Nigerian Senate passed the budget on Tuesday. Ghana's Senate rejected the bill a day later. "
      "The Iranian Security Council met in Tehran. The U.S. Senate confirmed the nominee.\n");
  EXPECT_EQ(code_at(d, "Nigerian Senate"), "NGALEG");
  EXPECT_EQ(code_at(d, "Ghana's Senate"), "GHALEG");
  EXPECT_EQ(code_at(d, "Iranian Security Council"), "IRNGOV");
  EXPECT_EQ(code_at(d, "Senate"), "USALEG");  // the state metonyms.tsv gives it: still that body
  EXPECT_FALSE(has_mention(d, "Security Council"));
}

TEST(Actors, ASharedBodyNameEndingAnotherNameIsNotTheWellKnownBody) {
  auto d = test::with_actors(
      "The Kentucky General Assembly approved the measure. Later the National Security Council reviewed "
      "the plan, and the Republican-controlled Senate delayed a vote.\n");
  for (const Mention& m : d.mentions)
    if (m.entity >= 0) { EXPECT_NE(d.entities[m.entity].actor.code, "UNOIGO") << d.view(m.text); }
  EXPECT_TRUE(has_mention(d, "Kentucky General Assembly"));
  EXPECT_TRUE(has_mention(d, "National Security Council"));
  EXPECT_EQ(code_at(d, "Senate"), "USALEG");
  // After a possessive the UN body is meant: "Security Council" is an adjective-only shared name.
  auto un = test::with_actors("China's Security Council veto angered Paris.\n");
  EXPECT_EQ(code_at(un, "Security Council"), "UNOIGO");
}

TEST(Actors, NamesWithALowerCaseArabicArticleAreLookedUp) {
  auto d = test::with_actors(
      "Fighters of al-Shabaab raided a base near Mogadishu, and officials blamed al-Qaeda. "
      "A party congress met in the capital.\n");
  EXPECT_EQ(code_at(d, "al-Shabaab"), "SOMINS");
  EXPECT_EQ(code_at(d, "al-Qaeda"), "IMGREB");
  EXPECT_FALSE(has_mention(d, "congress"));  // other lower-case words stay closed to the lookup
  // In persons' names the article is part of the name, and the surname alone is the person.
  auto p = test::with_actors("Sudanese President Omar al-Bashir met envoys in Khartoum. Later, al-Bashir flew to Doha.\n",
                    {2016, 5, 1});
  const Actor* bashir = actor_of(p, "Omar al-Bashir");
  ASSERT_NE(bashir, nullptr);
  EXPECT_EQ(bashir->id, "kb:omar-al-bashir");
  EXPECT_EQ(actor_of(p, "al-Bashir"), bashir);
}

TEST(Actors, OfficesWithoutANameAreMentionsButNotNames) {
  auto d = test::with_actors("The U.S. envoy met Polish Foreign Minister in Warsaw. Envoy Dana Whitcombe later flew home.\n");
  auto mention = [&](const std::string& text) -> const Mention* {
    for (const Mention& m : d.mentions)
      if (d.view(m.text) == text) return &m;
    return nullptr;
  };
  ASSERT_NE(mention("U.S. envoy"), nullptr);
  ASSERT_NE(mention("Polish Foreign Minister"), nullptr);
  ASSERT_NE(mention("Dana Whitcombe"), nullptr);
  EXPECT_FALSE(mention("U.S. envoy")->name);
  EXPECT_FALSE(mention("Polish Foreign Minister")->name);
  EXPECT_EQ(code_at(d, "Polish Foreign Minister"), "POLGOV");  // still an actor for the events
  EXPECT_TRUE(mention("Dana Whitcombe")->name);
  EXPECT_TRUE(mention("Warsaw")->name);
}

TEST(Actors, SentenceInitialCountriesAndMetonymsAreFound) {
  auto d = test::with_actors(
      "Turkey said on Monday it would send envoys to Athens. Washington rejected the offer. "
      "Families across the country ate turkey on Thursday. Congress passed the bill after a party congress.\n");
  EXPECT_EQ(code_at(d, "Turkey"), "TUR");
  EXPECT_EQ(code_at(d, "Washington"), "USA");
  EXPECT_FALSE(has_mention(d, "turkey"));
  EXPECT_EQ(code_at(d, "Congress"), "USALEG");  // first in its sentence, and written in lower case elsewhere
}

TEST(Actors, AnAppositionSaysWhoAnEnvoyIsAndWhereTheyServe) {
  auto d = test::with_actors(
      "Olga Petrenko, Ukraine's ambassador to the U.S., met officials on Monday. "
      "The Brazilian Ambassador to the U.N., Paulo Souza, spoke later.\n",
      {2018, 3, 1});
  const Actor* envoy = actor_of(d, "Olga Petrenko");
  ASSERT_NE(envoy, nullptr);
  EXPECT_EQ(envoy->country, "UKR");
  EXPECT_EQ(envoy->sector, "DIP");
  EXPECT_EQ(envoy->posted, "USA");  // an Ukrainian actor posted in the United States
  const Actor* souza = actor_of(d, "Paulo Souza");
  ASSERT_NE(souza, nullptr);
  EXPECT_EQ(souza->country, "BRA");
  EXPECT_EQ(souza->posted, "UNO");
}

TEST(Actors, ADemonymBeforeAPeopleIsThatPeopleOfTheCountry) {
  GroupCodes code_of(
      "Bosnian Croats rejected the plan. Thousands of Iraqi Kurds fled north. "
      "Croatian Serb refugees returned to their villages. A Bosnian Serb spoke.\n");
  EXPECT_EQ(code_of("Bosnian Croats"), "BIHCVL");
  EXPECT_EQ(code_of("Iraqi Kurds"), "IRQCVL");
  EXPECT_EQ(code_of("Croatian Serb refugees"), "HRVREF");  // the noun after the people says the group
  EXPECT_EQ(code_of("Bosnian Serb"), "(none)");            // one person is no group of a people
}

TEST(Actors, GroupNounsOfEverydayNewsNameGroupsOfTheirCountry) {
  GroupCodes code_of(
      "Two Kenyan women were hurt. A Ukrainian protestor threw a stone. Swiss doctors treated them. "
      "Nigerian and Ghanaian warships patrolled the coast.\n");
  EXPECT_EQ(code_of("Kenyan women"), "KENCVL");
  EXPECT_EQ(code_of("Ukrainian protestor"), "UKRCVL");
  EXPECT_EQ(code_of("Swiss doctors"), "CHEMED");
  EXPECT_EQ(code_of("Ghanaian warships"), "GHAMIL");
  EXPECT_EQ(code_of("Nigerian"), "NGAMIL");  // "Nigerian and Ghanaian warships": both navies
  GroupCodes list("Israeli, Palestinian and Egyptian officials met in Cairo.\n");
  EXPECT_EQ(list("Israeli"), "ISRGOV");
  EXPECT_EQ(list("Palestinian"), "PSEGOV");
}

TEST(Actors, AnInternationalBodyWithTroopsIsTheBodyActing) {
  GroupCodes code_of("NATO troops entered the town while the refugees from Sudan waited at the border.\n");
  EXPECT_EQ(code_of("NATO troops"), "NATOIGO");
  EXPECT_EQ(code_of("refugees"), "SDNREF");  // "from Sudan" says whose
}

TEST(Actors, PlacesGiveTheirCountryToTheOfficesOfThem) {
  auto d = test::with_actors(
      "The mayor of Mombasa met the governor of Kandahar province. Rockets were fired from the Gaza Strip. "
      "The PRC protested. Thailand's Deputy Foreign Minister flew to Basra.\n");
  EXPECT_EQ(code_at(d, "mayor of Mombasa"), "KENGOV");
  EXPECT_EQ(code_at(d, "governor of Kandahar province"), "AFGGOV");
  EXPECT_EQ(code_at(d, "Gaza Strip"), "PSE");
  EXPECT_EQ(code_at(d, "PRC"), "CHN");
  // A city alone is a place, not its state: "Newcastle", "Delta" and
  // "Santander" are clubs, airlines and banks as often.  It knows its country.
  EXPECT_TRUE(place_in(d, "Basra", "IRQ"));
  const Actor* deputy = actor_of(d, "Thailand's Deputy Foreign Minister");
  ASSERT_NE(deputy, nullptr);
  EXPECT_EQ(deputy->code, "THAGOV");
  EXPECT_EQ(deputy->role, "Deputy Minister of Foreign Affairs");
}

TEST(Actors, ATitleBeforeASurnameIsTheOfficialOfThatSurnameOnTheDate) {
  auto d = test::with_actors("President Bush met the envoys on Monday.\n", {2005, 3, 1});
  const Actor* bush = actor_of(d, "Bush");
  ASSERT_NE(bush, nullptr);
  EXPECT_EQ(bush->name, "George W. Bush");
  EXPECT_EQ(bush->code, "USAGOV");
}

TEST(Actors, AnOfficeAndTheNameInAppositionAfterItAreOnePerson) {
  auto d = test::with_actors("The British commander in Basra, General Tom Hadley, met local leaders.\n");
  const Actor* hadley = actor_of(d, "Tom Hadley");
  ASSERT_NE(hadley, nullptr);
  EXPECT_EQ(hadley->code, "GBRMIL");
}

TEST(Actors, ALeadersSurnameBeforeAdministrationIsTheGovernment) {
  auto d = test::with_actors("The Obama administration rejected the offer, and the Smith government fell.\n", {2000, 1, 1});
  EXPECT_EQ(code_at(d, "Obama administration"), "USAGOV");  // whenever the leader held office
  EXPECT_FALSE(has_mention(d, "Smith government"));          // no leader of that name
}

TEST(Actors, ATitleBeforeALowerCaseSurnameStillNamesTheOfficial) {
  auto d = test::with_actors("president obama spoke to reporters.\n", {2015, 6, 18});
  EXPECT_EQ(code_at(d, "obama"), "USAGOV");
}

TEST(Actors, UnnamedGroupsOfNewsAreActorsButAdjectivesAreNot) {
  GroupCodes code_of("A human rights group said kidnappers seized two men. Washington offered further military support.\n");
  EXPECT_EQ(code_of("human rights group"), "NGO");
  EXPECT_EQ(code_of("kidnappers"), "CRM");
  EXPECT_EQ(code_of("military"), "(none)");  // "military support" is no actor
}

TEST(Actors, AGroupNounThatBeginsALongerNameIsNoGroup) {
  GroupCodes code_of("The leader of the British National Party was arrested.\n");
  EXPECT_EQ(code_of("British National"), "(none)");
}

TEST(Actors, RebelMovementsOfPastCivilWarsAreNamedBodies) {
  auto d = test::with_actors("RENAMO fighters clashed with the army while the Kosovo Liberation Army regrouped.\n");
  EXPECT_EQ(code_at(d, "Kosovo Liberation Army"), "SRBREB");
}

TEST(Actors, APeopleOfOneStateBeforeAGroupNounIsThatStatesGroup) {
  GroupCodes code_of(
      "Yoruba elders met on Monday. The army held Tamil civilian refugees. Police detained the Uighurs. "
      "Karen Smith spoke.\n");
  EXPECT_EQ(code_of("Yoruba elders"), "NGAELI");
  EXPECT_EQ(code_of("Tamil civilian refugees"), "LKAREF");
  EXPECT_EQ(code_of("Uighurs"), "CHNCVL");
  EXPECT_EQ(code_of("Karen"), "(none)");  // a given name, not the people
}

TEST(Actors, APlaceBeforeALocalOfficeGivesItsCountry) {
  auto d = test::with_actors("Basra's provincial governor met members of the Congress Party and the Awami league.\n");
  EXPECT_EQ(code_at(d, "Basra's provincial governor"), "IRQGOV");
  EXPECT_EQ(code_at(d, "Congress Party"), "INDPTY");  // listed as "Congress party"
}

TEST(Actors, AGroupAStateLeadsIsThatStatesGroup) {
  GroupCodes code_of("The Saudi-led coalition struck the port while US-led forces advanced.\n");
  EXPECT_EQ(code_of("Saudi-led coalition"), "SAUMIL");
  EXPECT_EQ(code_of("US-led forces"), "USAMIL");
}

TEST(Actors, TheRedCrossAloneIsTheCommitteeAfterACountryItsNationalSociety) {
  GroupCodes code_of("Red Cross officials suspended aid deliveries, and the Kenya Red Cross took over.\n");
  EXPECT_EQ(code_of("Red Cross officials"), "ICRCNGO");
  EXPECT_EQ(code_of("Kenya Red Cross"), "KENNGO");
}

TEST(Actors, TheArabicArticleInAnySpellingFindsTheCuratedName) {
  auto d = test::with_actors("President Omar El Bashir lifted the curfew.\n", {2005, 1, 1});
  const Actor* a = actor_of(d, "Omar El Bashir");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->name, "Omar al-Bashir");
  EXPECT_EQ(a->code, "SDNGOV");
}

TEST(Actors, EveryPortfolioMakesMinisterAndSecretaryTitles) {
  auto d = test::with_actors(
      "Kenyan Health Minister Amina Odhiambo met US Deputy Secretary of Energy Paul Carter, and the "
      "Nigerian Petroleum Ministry issued a statement.\n");
  const Actor* health = actor_of(d, "Amina Odhiambo");
  ASSERT_NE(health, nullptr);
  EXPECT_EQ(health->code, "KENGOV");
  EXPECT_EQ(health->role, "Minister of Health");
  const Actor* energy = actor_of(d, "Paul Carter");
  ASSERT_NE(energy, nullptr);
  EXPECT_EQ(energy->code, "USAGOV");
  EXPECT_EQ(energy->role, "Deputy Secretary of Energy");
  GroupCodes code_of("The Nigerian Petroleum Ministry issued a statement.\n");
  EXPECT_EQ(code_of("Nigerian Petroleum Ministry"), "NGAGOV");
}

TEST(Actors, AnEthnicGroupBelongsWhereTheSentencePlacesIt) {
  GroupCodes code_of("Hundreds of ethnic Albanian guerrillas operating in Macedonia were demobilised.\n");
  EXPECT_EQ(code_of("Albanian guerrillas"), "MKDREB");
}

}  // namespace
}  // namespace parley

// ---- Titles, surnames and offices ------------------------------------------
namespace parley {
namespace {

TEST(ActorsTitles, TitleAndBareSurnameIsTheHolderOfThatOffice) {
  auto d = test::with_actors(
      "President Trump spoke to Prime Minister May by telephone. Secretary Pompeo then flew to Brussels.\n",
      {2018, 5, 10});
  const Actor* trump = actor_of(d, "Trump");
  ASSERT_NE(trump, nullptr);
  EXPECT_EQ(trump->id, "kb:donald-trump");
  EXPECT_EQ(trump->code, "USAGOV");
  const Actor* may = actor_of(d, "May");  // a month after a title is a surname
  ASSERT_NE(may, nullptr);
  EXPECT_EQ(may->name, "Theresa May");
  EXPECT_EQ(may->country, "GBR");
  const Actor* pompeo = actor_of(d, "Pompeo");  // "Secretary" alone: the office he holds on the date
  ASSERT_NE(pompeo, nullptr);
  EXPECT_EQ(pompeo->name, "Mike Pompeo");
  EXPECT_EQ(pompeo->role, "Secretary of State");
  // A title that is a word of the holder's own title; not one that is not.
  auto mattis = test::with_actors("Secretary Mattis met General Kim in Seoul.\n", {2018, 5, 10});
  ASSERT_NE(actor_of(mattis, "Mattis"), nullptr);
  EXPECT_EQ(actor_of(mattis, "Mattis")->code, "USAMIL");
  for (const Entity& e : mattis.entities) EXPECT_NE(e.actor.name, "Kim Jong-un");
  // A former holder of the very office the title names.
  auto former = test::with_actors("President Obama signed the deal in 2015.\n", {2018, 5, 10});
  ASSERT_NE(actor_of(former, "Obama"), nullptr);
  EXPECT_EQ(actor_of(former, "Obama")->name, "Barack Obama");
}

TEST(ActorsTitles, TheTitleOfTheHolderChoosesAmongTheCountrysOffices) {
  auto d = test::with_actors("The Iranian president rejected the demands.\n", {2018, 5, 10});
  ASSERT_FALSE(d.mentions.empty());
  const Actor* president = actor_of(d, "Iranian president");
  if (!president) president = actor_of(d, "president");
  ASSERT_NE(president, nullptr);
  EXPECT_EQ(president->name, "Hassan Rouhani");  // not the Supreme Leader, the head of state
  auto leader = test::with_actors("The Iranian supreme leader rejected the demands.\n", {2018, 5, 10});
  bool khamenei = false;
  for (const Entity& e : leader.entities) khamenei |= e.actor.name == "Ali Khamenei";
  EXPECT_TRUE(khamenei);
  // The longest title wins: the Chancellor of the Exchequer is not the head of government.
  auto uk = test::with_actors("The British Chancellor of the Exchequer presented the budget.\n", {2018, 5, 10});
  bool hammond = false, may = false;
  for (const Entity& e : uk.entities) {
    hammond |= e.actor.name == "Philip Hammond";
    may |= e.actor.name == "Theresa May";
  }
  EXPECT_TRUE(hammond);
  EXPECT_FALSE(may);
}

TEST(ActorsTitles, OtherOfficesResolveWithoutANameAndTakeTheirSector) {
  auto d = test::with_actors(
      "The United States accused Iran. The CIA director briefed senators, and the attorney general "
      "defended the FBI director.\n",
      {2018, 5, 30});
  std::map<std::string, const Actor*> by_name;
  for (const Entity& e : d.entities)
    if (!e.actor.name.empty()) by_name[e.actor.name] = &e.actor;
  ASSERT_TRUE(by_name.count("Gina Haspel"));
  EXPECT_EQ(by_name["Gina Haspel"]->code, "USASPY");
  ASSERT_TRUE(by_name.count("Jeff Sessions"));
  EXPECT_EQ(by_name["Jeff Sessions"]->code, "USAJUD");
  ASSERT_TRUE(by_name.count("Christopher Wray"));
  EXPECT_EQ(by_name["Christopher Wray"]->code, "USACOP");
  // A former holder is not the holder on the date.
  auto former =
      test::with_actors("The United States protested. The former national security adviser disagreed.\n", {2018, 5, 30});
  for (const Entity& e : former.entities) EXPECT_NE(e.actor.name, "John Bolton");
  // Without any mention of that country, "the attorney general" stays an office.
  auto bare = test::with_actors("The attorney general opened an inquiry into the bank.\n", {2018, 5, 30});
  for (const Entity& e : bare.entities) EXPECT_NE(e.actor.name, "Jeff Sessions");
}

TEST(ActorsTitles, KbOfficialsOfOtherOfficesTakeTheSectorOfTheirTitle) {
  auto d = test::with_actors("Pompeo flew to Pyongyang.\n", {2018, 4, 1});
  const Actor* pompeo = actor_of(d, "Pompeo");
  ASSERT_NE(pompeo, nullptr);
  EXPECT_EQ(pompeo->role, "Director of the CIA");
  EXPECT_EQ(pompeo->code, "USASPY");
}

TEST(ActorsTitles, BareSurnameBeforeTheFullNameIsThatPerson) {
  auto d = test::with_actors(
      "Comey memos released\n\nWASHINGTON - Lawmakers released the memos on Thursday.\n\n"
      "James Comey, the former FBI director, wrote them in 2017. Comey kept them private.\n",
      {2018, 4, 20});
  const Actor* headline = actor_of(d, "Comey");
  const Actor* full = actor_of(d, "James Comey");
  ASSERT_NE(headline, nullptr);
  ASSERT_NE(full, nullptr);
  EXPECT_EQ(headline->name, "James Comey");
  int32_t entity = -1;
  for (const Mention& m : d.mentions)
    if (d.view(m.text) == "James Comey") entity = m.entity;
  for (const Mention& m : d.mentions)
    if (d.view(m.text) == "Comey") { EXPECT_EQ(m.entity, entity); }
  // Someone unknown to the KB named in full only after the surname may be another person.
  auto brothers = test::with_actors(
      "Gigante dies in prison\n\nNEW YORK - Gigante, the mob boss, died on Monday in a federal prison, officials "
      "said. Gigante told a judge in 1997 that he was ill.\n\n"
      "His brother, the Rev. Louis Gigante, said the family would hold a private funeral.\n",
      {2005, 12, 20});
  const Actor* boss = actor_of(brothers, "Gigante");
  ASSERT_NE(boss, nullptr);
  EXPECT_EQ(boss->name.find("Louis"), std::string::npos) << boss->name;
}

TEST(ActorsTitles, APersonFirstNamedBySurnameTakesTheFullNameGivenLater) {
  // Someone the KB does not know, by surname in the headline and in full in
  // the first paragraph: one person, known by the full name.
  auto d = test::with_actors(
      "Death for Kowalczyk\n\n"
      "A convicted killer laughed on Tuesday after hearing a jury's ruling that he be put to death.\n\n"
      "Daniel Kowalczyk showed almost no emotion throughout the trial.\n\n"
      "Kowalczyk sat staring straight ahead. Kowalczyk will be sentenced in May.\n",
      {2007, 4, 3});
  const Actor* headline = actor_of(d, "Kowalczyk");
  ASSERT_NE(headline, nullptr);
  EXPECT_EQ(headline->name, "Daniel Kowalczyk");
  int32_t entity = -1;
  for (const Mention& m : d.mentions)
    if (d.view(m.text) == "Daniel Kowalczyk") entity = m.entity;
  EXPECT_GE(entity, 0);
  for (const Mention& m : d.mentions)
    if (d.view(m.text) == "Kowalczyk") { EXPECT_EQ(m.entity, entity); }
}

TEST(ActorsTitles, SentenceInitialOrdinaryWordsAreNotOfficials) {
  auto d = test::with_actors("No wall will be built this year, the senator said.\n", {2018, 5, 10});
  for (const Entity& e : d.entities) EXPECT_NE(e.actor.country, "PRK");
  // A headline's capitalised verb after a title is no name.
  auto headline = test::with_actors("\"We No Longer Need\" Missile Tests, North Korean Leader Says.\n\n"
                           "The summit in Singapore will go ahead in June, officials in Seoul said on Thursday.\n",
                           {2018, 5, 10});
  for (const Entity& e : headline.entities)
    if (e.actor.name == "Says") { EXPECT_EQ(e.actor.country, ""); }
  auto rocks = test::with_actors("Moon rocks went on display in Seoul.\n", {2018, 5, 10});
  EXPECT_EQ(actor_of(rocks, "Moon"), nullptr);
  // The same word before a verb is the official.
  auto moon = test::with_actors("The talks ended in Seoul. Moon said the deal was done.\n", {2018, 5, 10});
  ASSERT_NE(actor_of(moon, "Moon"), nullptr);
  EXPECT_EQ(actor_of(moon, "Moon")->name, "Moon Jae-in");
}

TEST(ActorsTitles, SurnamesWithParticlesNameTheOfficial) {
  auto d = test::with_actors("EU leaders met in Brussels. Van Rompuy said the budget talks would resume in March.\n",
                    {2011, 5, 10});
  const Actor* a = actor_of(d, "Van Rompuy");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->name, "Herman Van Rompuy");
}

TEST(ActorsTitles, InAnUndatedArticleANamesakeNamedInFullIsNotTheOfficial) {
  auto d = test::with_actors("Police found the body of Ka'Loni Marie Flynn on Sunday. Flynn was 22.\n");
  for (const Entity& e : d.entities) EXPECT_NE(e.actor.name, "Michael Flynn");
  const Actor* flynn = actor_of(d, "Flynn");
  ASSERT_NE(flynn, nullptr);
  EXPECT_EQ(flynn->name, "Ka'Loni Marie Flynn");
  // Without a namesake, the undated article's surname is still the official.
  auto lavrov = test::with_actors("Lavrov arrived in Washington on Sunday.\n");
  ASSERT_NE(actor_of(lavrov, "Lavrov"), nullptr);
  EXPECT_EQ(actor_of(lavrov, "Lavrov")->name, "Sergey Lavrov");
}

TEST(Actors, AFaithBeforeAGroupNounIsThatGroupOfTheFaith) {
  GroupCodes code_of(
      "Islamic fundamentalists rallied in Algiers. Jewish settlers burned olive trees. "
      "Buddhist monks and Hindu nationalists met. The Muslims of the town fled. "
      "Lebanese Christian leaders condemned it. Iraqi Shiites voted.\n");
  EXPECT_EQ(code_of("Islamic fundamentalists"), "DZARADMOS");  // the place the sentence names
  EXPECT_EQ(code_of("Jewish settlers"), "JEWCVL");
  EXPECT_EQ(code_of("Buddhist monks"), "BUDREL");
  EXPECT_EQ(code_of("Hindu nationalists"), "HINRAD");
  EXPECT_EQ(code_of("Muslims"), "MOSCVL");
  EXPECT_EQ(code_of("Lebanese Christian leaders"), "LBNRELCHR");  // a faith's leaders are religious
  EXPECT_EQ(code_of("Iraqi Shiites"), "IRQCVLSHI");
}

TEST(Actors, AFaithWordInANameOrBeforeAThingIsNoGroup) {
  GroupCodes code_of("Christians United for Israel met. Muslim militants attacked a Christian church.\n");
  EXPECT_EQ(code_of("Christians"), "(none)");
  EXPECT_EQ(code_of("Muslim militants"), "MOSREB");
  EXPECT_EQ(code_of("Christian church"), "(none)");
}

TEST(Actors, ACountryBeforeAnUnlistedBodyMakesItThatCountrysBody) {
  GroupCodes code_of(
      "The Kenya National Union of Teachers called off its strike. The Nigerian Medical Association "
      "criticised the plan. The Nigerian Labour Congress called a general strike. Zimbabwe's Farmers Union "
      "protested.\n");
  EXPECT_EQ(code_of("Kenya National Union of Teachers"), "KENEDU");  // whom it serves beats "Union"
  EXPECT_EQ(code_of("Nigerian Medical Association"), "NGAMED");
  EXPECT_EQ(code_of("Nigerian Labour Congress"), "NGALAB");
  EXPECT_EQ(code_of("Zimbabwe's Farmers Union"), "ZWEAGR");
  EXPECT_EQ(code_of("Kenya"), "(none)");  // the country is part of the name, no actor of its own
}

TEST(Actors, AGroupBasedSomewhereIsOfThatCountry) {
  GroupCodes code_of("A terror group based in Syria claimed the attack. Soldiers stationed in Mali left.\n");
  EXPECT_EQ(code_of("terror group"), "SYRREB");
  EXPECT_EQ(code_of("Soldiers"), "MLIMIL");  // troops abroad, but said to be stationed there
}

TEST(Actors, AnEthnicPeopleIsCiviliansOfWhereTheSentencePlacesThem) {
  GroupCodes code_of("Ethnic Albanians in Macedonia protested. Police beat ethnic Uzbeks.\n");
  EXPECT_EQ(code_of("Albanians"), "MKDCVL");  // not Albania's: an ethnicity
  EXPECT_EQ(code_of("Uzbeks"), "CVL");
}

TEST(Actors, CountedPeopleAreCiviliansButPeopleAloneIsNoActor) {
  GroupCodes code_of(
      "Hundreds of thousands of people marched in Nairobi. Some people say the plan failed.\n");
  EXPECT_EQ(code_of("people"), "KENCVL");  // the first, counted "people"
  int actors = 0;
  for (const Mention& m : code_of.d.mentions)
    if (code_of.d.view(m.text) == "people" && m.entity >= 0) ++actors;
  EXPECT_EQ(actors, 1);  // "Some people" is not one
}

TEST(Actors, JournalistsPrisonersAndHostagesAreActorsOnTheirOwn) {
  GroupCodes code_of(
      "A journalist was shot dead on Monday. Inmates rioted at the prison. A Palestinian prisoner died.\n");
  EXPECT_EQ(code_of("journalist"), "MED");
  EXPECT_EQ(code_of("Inmates"), "CVL");
  EXPECT_EQ(code_of("Palestinian prisoner"), "PSECVL");
}

TEST(Actors, SecurityChiefsAndClericsAreTitlesOfTheirSector) {
  auto d = test::with_actors(
      "Cairo's security chief warned the protesters. The Kenyan police chief resigned. "
      "Grand Ayatollah Ali al-Sistani urged calm.\n");
  EXPECT_EQ(code_at(d, "Cairo's security chief"), "EGYCOP");
  EXPECT_EQ(code_at(d, "Kenyan police chief"), "KENCOP");
  const Actor* sistani = actor_of(d, "Ali al-Sistani");
  ASSERT_NE(sistani, nullptr);
  EXPECT_EQ(sistani->role, "Grand Ayatollah");
}

TEST(Actors, AGovernmentNamedByItsRulingPartyIsTheStatesGovernment) {
  GroupCodes code_of(
      "Nicaragua's Sandinista government closed the paper. Israel's Likud government approved it. "
      "Egypt's Islamist government fell. Trade unions in Nigeria called a strike.\n");
  EXPECT_EQ(code_of("Nicaragua's Sandinista government"), "NICGOV");
  EXPECT_EQ(code_of("Israel's Likud government"), "ISRGOV");
  EXPECT_EQ(code_of("Likud"), "(none)");  // part of the government's mention, no second actor
  EXPECT_EQ(code_of("Egypt's Islamist government"), "EGYGOVMOS");  // a government, not clerics
  EXPECT_EQ(code_of("Trade unions"), "NGALAB");
}

TEST(ActorsTitles, MinisterOfInteriorOrFinanceWrittenOutIsTheTitleNotPartOfTheName) {
  auto d = test::with_actors(
      "The Federal Minister for Interior Aftab Sherpao allowed the rally. "
      "The Minister of Finance Ishaq Dar spoke on Monday.\n", {2015, 6, 18});
  const Actor* sherpao = actor_of(d, "Aftab Sherpao");
  ASSERT_NE(sherpao, nullptr);
  EXPECT_EQ(sherpao->role, "Minister of the Interior");
  EXPECT_EQ(actor_of(d, "Interior Aftab Sherpao"), nullptr);
  const Actor* dar = actor_of(d, "Ishaq Dar");
  ASSERT_NE(dar, nullptr);
  EXPECT_EQ(dar->role, "Minister of Finance");
}

TEST(Actors, DoctorsFromABodyOfACountryAreThatCountrysMedics) {
  GroupCodes code_of("Doctors from two American aid groups delivered medicine to the hospital.\n");
  EXPECT_EQ(code_of("Doctors"), "USAMED");
}

TEST(Actors, TheOrganizationOfAfricanUnityIsAnInternationalBody) {
  auto d = test::with_actors("The Organization of African Unity condemned the coup. The OAU sent observers.\n");
  EXPECT_EQ(code_at(d, "Organization of African Unity"), "OAUIGO");
  EXPECT_EQ(code_at(d, "OAU"), "OAUIGO");
}

TEST(Actors, TribalLeadersOfAFaithStayElitesAndTheRulingPartyIsAParty) {
  GroupCodes code_of("Iraqi Sunni tribal leaders met the envoy. The ruling party in Zimbabwe accused the opposition.\n");
  EXPECT_EQ(code_of("Iraqi Sunni tribal leaders"), "IRQELISUN");
  EXPECT_EQ(code_of("ruling party"), "ZWEPTY");
}

TEST(Actors, AnUnlistedStateBodyOfOrInAPlaceIsThatStatesBody) {
  GroupCodes code_of(
      "The Ministry of Health of Uganda confirmed the outbreak. The High Court in Nairobi blocked the order. "
      "Egypt's Court of Cassation upheld the sentence. The foreign ministry in Beijing protested.\n");
  EXPECT_EQ(code_of("Ministry of Health"), "UGAGOV");
  EXPECT_EQ(code_of("High Court"), "KENJUD");
  EXPECT_EQ(code_of("Egypt's Court of Cassation"), "EGYJUD");
  EXPECT_EQ(code_of("foreign ministry"), "CHNGOV");
}

TEST(Actors, APeoplesLeadersAreElitesAndAPossessivesGroupIsNotPassedAlong) {
  GroupCodes code_of(
      "A group of Yoruba leaders forgave the president. North Korea trained hackers to attack the United "
      "States, South Korea's defense ministry said. Israeli, Palestinian and Egyptian officials met.\n");
  EXPECT_EQ(code_of("Yoruba leaders"), "NGAELI");  // not Nigeria's government
  EXPECT_EQ(code_of("United States"), "USA");      // not the ministry's sector
  EXPECT_EQ(code_of("Palestinian"), "PSEGOV");     // a list still shares its noun
}

TEST(Actors, ALowerCaseDemonymBeforeABareGroupGivesItsCountry) {
  GroupCodes code_of("afghan rebels attacked the convoy while the israeli army watched.\n");
  EXPECT_EQ(code_of("afghan rebels"), "AFGREB");
  EXPECT_EQ(code_of("israeli army"), "ISRMIL");
}

TEST(Actors, AGroupOfTheCountryIsOfTheStateNamedLast) {
  GroupCodes code_of(
      "Kenya held elections on Monday. The country's top court rejected the appeal. "
      "The UN said the nation's police force was weak.\n");
  EXPECT_EQ(code_of("country's top court"), "KENJUD");
  EXPECT_EQ(code_of("nation's police force"), "KENCOP");  // the UN is no country
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST(Actors, CitiesAndRegionsKnowTheirCountryButStayPlaces) {
  auto d = test::with_actors(
      "Officials in Alaska met Russian diplomats. The Chinese premier later flew to Osaka, and protests "
      "spread across Punjab. Farmers in Charlotte marched.\n");
  EXPECT_TRUE(place_in(d, "Alaska", "USA"));  // a region
  EXPECT_TRUE(place_in(d, "Osaka", "JPN"));   // a city
  EXPECT_TRUE(place_in(d, "Charlotte", "USA"));  // a given name too, but after "in" a place
  // India and Pakistan both have a Punjab: the name alone tells no country.
  EXPECT_FALSE(place_in(d, "Punjab", "IND"));
  EXPECT_FALSE(place_in(d, "Punjab", "PAK"));
  EXPECT_TRUE(has_mention(d, "Punjab"));
  // Its officials are that country's local government.
  auto local = test::with_actors(
      "The Texas governor criticised Mexico. Alaska's governor met the mayor of Osaka.\n");
  EXPECT_EQ(code_at(local, "Texas governor"), "USAGOV");
  EXPECT_EQ(code_at(local, "Alaska's governor"), "USAGOV");
  EXPECT_EQ(code_at(local, "mayor of Osaka"), "JPNGOV");
  // A country name that is also a region's stays the country.
  auto g = test::with_actors("Georgia accused Russia of moving troops.\n");
  EXPECT_EQ(code_at(g, "Georgia"), "GEO");
  // After a city of that region's country and a comma, it is the region.
  auto atlanta = test::with_actors("A gunman opened fire at a church in Atlanta, Georgia, on Sunday.\n");
  EXPECT_TRUE(place_in(atlanta, "Georgia", "USA"));
  auto gori = test::with_actors("Russian troops shelled the town of Gori, Georgia.\n");
  EXPECT_EQ(code_at(gori, "Georgia"), "GEO");
  // In an article naming places of the US state and none of the country, the state.
  auto state = test::with_actors(
      "Georgia Governor Brian Kemp signed the bill in Atlanta on Monday. Protests spread from Savannah. "
      "The governor of Georgia said Georgia would not back down.\n");
  EXPECT_TRUE(place_in(state, "Georgia", "USA"));
  EXPECT_EQ(code_at(state, "governor of Georgia"), "USAGOV");
  auto caucasus = test::with_actors("Georgia accused Russia of moving troops toward Tbilisi and Gori.\n");
  EXPECT_EQ(code_at(caucasus, "Georgia"), "GEO");
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST(Actors, OfficialsInAPlaceAreItsCountrysGovernment) {
  GroupCodes code_of("Officials in Kandahar accused Pakistan of sheltering militants. Officials said the talks failed.\n");
  EXPECT_EQ(code_of("Officials"), "AFGGOV");  // the first: "in Kandahar"
  GroupCodes alone("Officials said the talks had failed.\n");
  EXPECT_EQ(alone("Officials"), "(none)");  // too vague without a place
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// A party-and-state tag after a name ("(R-Texas)", ", D-Calif.,") makes a
// member of Congress; a legislator's title with "of" a state gives the
// state's country; the chamber names a leader's title American.  Later bare
// surnames are the same person.
TEST(Actors, LegislatorsByPartyTagStateAndChamber) {
  auto d = test::with_actors(
      "Dana Whitcombe (R-Texas) criticized the plan. Senator Orla Brennick of Vermont met the envoy. "
      "House Majority Leader Corwin Tate spoke on Monday. Lena Ostrow, D-Calif., voted no.\n\n"
      "Whitcombe said he would vote against it.\n");
  const Actor* tagged = actor_of(d, "Dana Whitcombe");
  ASSERT_NE(tagged, nullptr);
  EXPECT_EQ(tagged->code, "USALEG");
  EXPECT_EQ(tagged->role, "Member of Congress");
  ASSERT_NE(actor_of(d, "Whitcombe"), nullptr);
  EXPECT_EQ(actor_of(d, "Whitcombe")->code, "USALEG");
  ASSERT_NE(actor_of(d, "Orla Brennick"), nullptr);
  EXPECT_EQ(actor_of(d, "Orla Brennick")->code, "USALEG");
  ASSERT_NE(actor_of(d, "Corwin Tate"), nullptr);
  EXPECT_EQ(actor_of(d, "Corwin Tate")->code, "USALEG");
  ASSERT_NE(actor_of(d, "Lena Ostrow"), nullptr);
  EXPECT_EQ(actor_of(d, "Lena Ostrow")->country, "USA");
  // A hyphenated word that is no party tag gives nothing: "D-Day".
  auto day = test::with_actors("Marta Kovell (D-Day veteran) met the envoy.\n");
  ASSERT_NE(actor_of(day, "Marta Kovell"), nullptr);
  EXPECT_EQ(actor_of(day, "Marta Kovell")->country, "");
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// A common surname alone names a foreign official only when the article
// names that official's country; a surname after a given name is that
// person's, even when it is also a country's name.
TEST(ActorsTitles, CommonSurnamesAloneNeedTheOfficialsCountry) {
  auto smith = test::with_actors("Smith criticized the spending bill on Monday.\n", {2019, 6, 15});
  const Actor* a = actor_of(smith, "Smith");
  EXPECT_TRUE(a == nullptr || a->country.empty()) << a->name;
  auto jamaica = test::with_actors("Jamaica hosted the Caricom meeting. Smith criticized the trade rules.\n",
                                   {2019, 6, 15});
  ASSERT_NE(actor_of(jamaica, "Smith"), nullptr);
  EXPECT_EQ(actor_of(jamaica, "Smith")->country, "JAM");
  // A distinctive surname needs no such context.
  auto lavrov = test::with_actors("Lavrov criticized the spending bill on Monday.\n", {2019, 6, 15});
  ASSERT_NE(actor_of(lavrov, "Lavrov"), nullptr);
  EXPECT_EQ(actor_of(lavrov, "Lavrov")->country, "RUS");
}

TEST(ActorsPlaces, AStateNameEndingARegionNameIsTheRegion) {
  // "Jersey" and "Wales" are states of their own; "New Jersey" and "New South
  // Wales" are regions of the US and Australia.
  auto d = test::with_actors(
      "The New Jersey officials said the bridge would stay shut. Floods hit New South Wales on Monday.\n", {2019, 6, 15});
  ASSERT_NE(actor_of(d, "New Jersey"), nullptr);
  EXPECT_EQ(actor_of(d, "New Jersey")->country, "USA");
  ASSERT_NE(actor_of(d, "New South Wales"), nullptr);
  EXPECT_EQ(actor_of(d, "New South Wales")->country, "AUS");
  EXPECT_EQ(actor_of(d, "Jersey"), nullptr);
  // The state itself stays the state.
  auto jersey = test::with_actors("Jersey raised its taxes on Monday.\n", {2019, 6, 15});
  ASSERT_NE(actor_of(jersey, "Jersey"), nullptr);
  EXPECT_EQ(actor_of(jersey, "Jersey")->country, "JEY");
}

TEST(ActorsTitles, ARegionBeforeACapitalisedTitleGivesTheCountry) {
  auto d = test::with_actors("Vermont Sen. Maria Okafor and Ohio Gov. Dale Pruitt criticised the plan.\n", {2019, 6, 15});
  ASSERT_NE(actor_of(d, "Maria Okafor"), nullptr);
  EXPECT_EQ(actor_of(d, "Maria Okafor")->code, "USALEG");
  ASSERT_NE(actor_of(d, "Dale Pruitt"), nullptr);
  EXPECT_EQ(actor_of(d, "Dale Pruitt")->code, "USAGOV");
}

// `text` as one article of the outlet `source`, with its actors recognised.
Document with_actors_from(const std::string& source, const std::string& text) {
  auto r = test::read_bytes(text, "doc.txt");
  Document d = std::move(r.docs.at(0));
  d.pub_date = {2019, 6, 15};
  d.source = source;
  segment::segment(d);
  actors::recognize_actors(d);
  return d;
}

TEST(ActorsTitles, AHomeOfficeWithNoStateIsOfTheStateTheArticleIsAbout) {
  // Mostly about Russia, in a US paper that names the US half as often.
  const std::string text =
      "Russia and Moscow's allies denied it; the U.S. embassy and Washington protested. "
      "Sen. Maria Okafor criticised Russia. Later, Maria Okafor and Okafor spoke again.\n";
  auto us = with_actors_from("Washington Times", text);
  ASSERT_NE(actor_of(us, "Maria Okafor"), nullptr);
  EXPECT_EQ(actor_of(us, "Maria Okafor")->code, "USALEG");
  ASSERT_NE(actor_of(us, "Okafor"), nullptr);
  EXPECT_EQ(actor_of(us, "Okafor")->code, "USALEG");
  // No outlet known: the state named most.
  auto unknown = with_actors_from("", text);
  ASSERT_NE(actor_of(unknown, "Maria Okafor"), nullptr);
  EXPECT_EQ(actor_of(unknown, "Maria Okafor")->code, "RUSLEG");
  // A head of state's title is no home office: an unknown president stays without a state.
  auto president = with_actors_from("Washington Times", "The U.S. and Washington protested. President Dale Pruitt spoke.\n");
  ASSERT_NE(actor_of(president, "Dale Pruitt"), nullptr);
  EXPECT_EQ(actor_of(president, "Dale Pruitt")->country, "");
  // No state named at all: none guessed.
  auto none = with_actors_from("", "Sen. Maria Okafor criticised the plan.\n");
  ASSERT_NE(actor_of(none, "Maria Okafor"), nullptr);
  EXPECT_EQ(actor_of(none, "Maria Okafor")->code, "");
}

TEST(ActorsTitles, ACountrysNameAfterAGivenNameIsASurname) {
  auto d = test::with_actors("Rep. Jim Jordan questioned the FBI director. Jordan accused the bureau of bias.\n",
                             {2019, 6, 15});
  for (const Mention& m : d.mentions)
    if (d.view(m.text).find("Jordan") != std::string_view::npos) {
      ASSERT_GE(m.entity, 0);
      EXPECT_EQ(m.type, MentionType::kPerson) << d.view(m.text);
      EXPECT_NE(d.entities[m.entity].actor.country, "JOR");
    }
  // The country stays a country when no one of that surname is named.
  auto amman = test::with_actors("Jordan accused Israel of violating the agreement.\n", {2019, 6, 15});
  ASSERT_NE(actor_of(amman, "Jordan"), nullptr);
  EXPECT_EQ(actor_of(amman, "Jordan")->country, "JOR");
}

TEST(ActorsTitles, ASurnameAfterAnotherPersonOfThatNameIsNotTheOfficial) {
  // In 2004 George W. Bush was president; Florida's governor was his brother.
  auto d = test::with_actors(
      "Jeb Bush opened the new hospital in Miami. On Monday, Bush criticized the state legislature.\n",
      {2004, 6, 15});
  for (const Mention& m : d.mentions)
    if (d.view(m.text) == "Bush" && m.entity >= 0) {
      EXPECT_NE(d.entities[m.entity].actor.name, "George W. Bush");
    }
  // Named first, the president is meant ("Bush" in a headline, his brother later).
  auto headline = test::with_actors(
      "Bush criticized the state legislature on Monday. Jeb Bush opened the new hospital in Miami.\n",
      {2004, 6, 15});
  ASSERT_NE(actor_of(headline, "Bush"), nullptr);
  EXPECT_EQ(actor_of(headline, "Bush")->name, "George W. Bush");
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

const Actor* place_actor(const Document& d, std::string_view text) {
  for (const Mention& m : d.mentions)
    if (d.view(m.text) == text && m.entity >= 0) return &d.entities[m.entity].actor;
  return nullptr;
}

// A city followed by a comma and a region lies in the region's country
// (data/actors/regions.tsv); a list of cities is no such pair.
TEST(ActorsPlaces, ACityBeforeARegionLiesInTheRegionsCountry) {
  auto d = test::with_actors(
      "Police in Alexandria, Va., arrested two men. Trump spoke in Paris, Texas, on Friday. "
      "The fire spread in London, Ontario.\n",
      {2019, 6, 15});
  for (const char* city : {"Alexandria", "Paris"}) {
    ASSERT_NE(place_actor(d, city), nullptr) << city;
    EXPECT_EQ(place_actor(d, city)->country, "USA") << city;
  }
  ASSERT_NE(place_actor(d, "London"), nullptr);
  EXPECT_EQ(place_actor(d, "London")->country, "CAN");
  auto list = test::with_actors("Talks were held in Moscow, Washington and Beijing.\n", {2019, 6, 15});
  ASSERT_NE(place_actor(list, "Moscow"), nullptr);
  EXPECT_EQ(place_actor(list, "Moscow")->country, "RUS");
}

// A region's name beats a small town of the gazetteer ("Virginia", a town
// in Minnesota; "Ontario", a city in California).
TEST(ActorsPlaces, ARegionIsThePlaceNotATownOfItsName) {
  auto d = test::with_actors("Police arrested three men in Ontario on Monday.\n", {2019, 6, 15});
  ASSERT_NE(place_actor(d, "Ontario"), nullptr);
  EXPECT_EQ(place_actor(d, "Ontario")->country, "CAN");
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// "MP" is a legislator's title: the name after it is the person's, without
// the title ("MP John Redwood" was one name).
TEST(ActorsTitles, AnMpIsALegislator) {
  auto d = test::with_actors("Britain's budget was attacked. MP John Redwood criticised the plan.\n", {2005, 3, 5});
  const Actor* mp = actor_of(d, "John Redwood");
  ASSERT_NE(mp, nullptr);
  EXPECT_EQ(mp->name, "John Redwood");
  EXPECT_EQ(mp->sector, "LEG");
  EXPECT_EQ(mp->role, "Member of Parliament");
}

}  // namespace
}  // namespace parley
