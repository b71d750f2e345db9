// The actor knowledge base: dated offices, user files, CAMEO dictionary
// import and coverage.
#include <gtest/gtest.h>

#include <map>

#include "actors/coverage.h"
#include "actors/knowledge.h"
#include "actors/recognizer.h"
#include "eval/same_event.h"
#include "segment/segmenter.h"
#include "test_util.h"

namespace parley {
namespace {

using actors::Knowledge;

std::string write_temp(const std::string& name, const std::string& content) {
  std::string path = test::temp_path(name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(Kb, OfficesAreLookedUpByCountryRoleAndDate) {
  const Knowledge& kb = actors::default_knowledge();
  auto holders = kb.office("USA", "head_of_state", {2017, 5, 10});
  ASSERT_EQ(holders.size(), 1u);
  EXPECT_EQ(holders[0]->name, "Donald Trump");
  holders = kb.office("RUS", "foreign_minister", {2003, 6, 1});
  ASSERT_EQ(holders.size(), 1u);
  EXPECT_EQ(holders[0]->name, "Igor Ivanov");
  EXPECT_TRUE(kb.office("RUS", "foreign_minister", {}).empty());  // no date, no answer
}

// A person the KB knows is coded by what they were on the article's date:
// in office, a former official after it (ELI), only a citizen before it.
TEST(Kb, APersonOutsideTheirTenuresIsAFormerOfficialOrNoOfficialYet) {
  const Knowledge& kb = actors::default_knowledge();
  auto standing = [&](const char* name, Date on) { return Knowledge::standing(kb.person(name, on), on); };
  EXPECT_EQ(standing("Hillary Clinton", {2012, 3, 1}).sector, "GOV");
  auto later = standing("Hillary Clinton", {2016, 6, 1});
  EXPECT_EQ(later.sector, "ELI");
  EXPECT_EQ(later.role, "former Secretary of State");
  auto before = standing("Donald Trump", {2016, 6, 1});  // a candidate, not yet the government
  EXPECT_EQ(before.sector, "");
  EXPECT_EQ(before.role, "");
  EXPECT_EQ(standing("Donald Trump", {2018, 6, 1}).sector, "GOV");
  EXPECT_EQ(standing("Joe Biden", {2019, 6, 1}).sector, "ELI");  // between vice-presidency and presidency
  EXPECT_EQ(standing("Joe Biden", {2022, 6, 1}).sector, "GOV");
  // Through the recognizer, in articles of 2016.
  auto criticism = test::extract_article("2016-07-01", "Hillary Clinton criticized Vladimir Putin on Thursday.");
  ASSERT_FALSE(criticism.empty());
  EXPECT_EQ(criticism[0].source.actor.code, "USAELI");
  auto praise = test::extract_article("2016-07-01", "Donald Trump praised Vladimir Putin on Thursday.");
  ASSERT_FALSE(praise.empty());
  EXPECT_EQ(praise[0].source.actor.code, "USA");
}

// A title before a former holder's name, with or without "former" (and
// "Former" opening a sentence), names a former official on the article's
// date, not the title's office; a former leader is known by surname alone
// where the article names their country.
TEST(Kb, FormerOfficialsByTitleOrSurnameKeepTheirStandingOnTheDate) {
  auto code_of = [](const Document& d, std::string_view text) -> std::string {
    for (const Mention& m : d.mentions)
      if (d.view(m.text) == text && m.entity >= 0) return d.entities[m.entity].actor.code;
    return "unresolved";
  };
  Date may2017{2017, 5, 3};
  auto opening = test::with_actors("The U.S. debate went on. Former President Obama criticized Trump.\n", may2017);
  EXPECT_EQ(code_of(opening, "Obama"), "USAELI");
  EXPECT_EQ(code_of(opening, "Trump"), "USAGOV");
  auto kerry = test::with_actors("The U.S. debate went on. Former Secretary of State Kerry spoke.\n", may2017);
  EXPECT_EQ(code_of(kerry, "Kerry"), "USAELI");
  auto titled = test::with_actors("On Tuesday, President Obama was in Chicago.\n", may2017);
  EXPECT_EQ(code_of(titled, "Obama"), "USAELI");
  auto full = test::with_actors("Former Vice President Joe Biden spoke in Iowa.\n", Date{2019, 6, 1});
  EXPECT_EQ(code_of(full, "Joe Biden"), "USAELI");
  // Not in the KB: a former official of the title's country.
  auto unlisted = test::with_actors("Former British Defence Secretary Alan Whitcombe spoke.\n", may2017);
  EXPECT_EQ(code_of(unlisted, "Alan Whitcombe"), "GBRELI");
  // A former leader's surname alone: where the article names the country.
  auto bare = test::with_actors("Washington was quiet. Obama said little about the U.S. debate.\n", may2017);
  EXPECT_EQ(code_of(bare, "Obama"), "USAELI");
  auto elsewhere = test::with_actors("Obama said little on Tuesday.\n", may2017);
  EXPECT_EQ(code_of(elsewhere, "Obama"), "");  // a name, no code
}

// Legislative leaders are in the KB with their dates: a leader of a house is
// a legislator (LEG), the British Leader of the Opposition the opposition (OPP).
TEST(Kb, LegislativeLeadersHoldTheirOfficeOnTheDate) {
  const Knowledge& kb = actors::default_knowledge();
  auto pelosi = kb.person("Nancy Pelosi", {2020, 3, 1});
  ASSERT_FALSE(pelosi.empty());
  EXPECT_EQ(pelosi.front()->title, "Speaker of the House");
  EXPECT_EQ(pelosi.front()->sector, "LEG");
  EXPECT_EQ(kb.person("Nancy Pelosi", {2016, 3, 1}).front()->title, "House Minority Leader");
  auto corbyn = kb.person("Jeremy Corbyn", {2018, 3, 1});
  ASSERT_FALSE(corbyn.empty());
  EXPECT_EQ(corbyn.front()->sector, "OPP");
  auto events = test::extract_article("2018-03-01", "Senate Majority Leader Mitch McConnell criticized Russia on Thursday.");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].source.actor.code, "USALEG");
}

// US senators and state governors are in the KB with their terms: a senator
// is a legislator (LEG) in office and a former official (ELI) after it, a
// governor the state's executive (GOV).
TEST(Kb, SenatorsAndGovernorsHoldTheirOfficeOnTheDate) {
  const Knowledge& kb = actors::default_knowledge();
  auto graham = kb.person("Lindsey Graham", {2019, 6, 1});
  ASSERT_FALSE(graham.empty());
  EXPECT_EQ(graham.front()->title, "Senator");
  EXPECT_EQ(graham.front()->sector, "LEG");
  auto franken = Knowledge::standing(kb.person("Al Franken", {2019, 6, 1}), {2019, 6, 1});
  EXPECT_EQ(franken.sector, "ELI");
  EXPECT_EQ(franken.role, "former Senator");
  EXPECT_EQ(kb.person("Al Franken", {2012, 6, 1}).front()->sector, "LEG");
  auto cuomo = kb.person("Andrew Cuomo", {2020, 4, 1});
  ASSERT_FALSE(cuomo.empty());
  EXPECT_EQ(cuomo.front()->title, "Governor of New York");
  EXPECT_EQ(cuomo.front()->sector, "GOV");
  // A leader of the Senate is reported by the leadership, not the seat.
  EXPECT_EQ(kb.person("Mitch McConnell", {2016, 3, 1}).front()->title, "Senate Majority Leader");
  EXPECT_EQ(kb.person("Mitch McConnell", {2025, 6, 1}).front()->title, "Senator");
  // Kamala Harris was a senator before she was vice president.
  EXPECT_EQ(kb.person("Kamala Harris", {2019, 6, 1}).front()->title, "Senator");
  // Through the recognizer, in articles of the day.
  auto criticism = test::extract_article("2019-06-01", "Bernie Sanders criticized Saudi Arabia on Thursday.");
  ASSERT_FALSE(criticism.empty());
  EXPECT_EQ(criticism[0].source.actor.code, "USALEG");
  EXPECT_EQ(criticism[0].source.actor.name, "Bernie Sanders");
  auto former = test::extract_article("2019-06-01", "Al Franken criticized Saudi Arabia on Thursday.");
  ASSERT_FALSE(former.empty());
  EXPECT_EQ(former[0].source.actor.code, "USAELI");
  auto governor = test::extract_article("2020-04-01", "Andrew Cuomo criticized China on Wednesday.");
  ASSERT_FALSE(governor.empty());
  EXPECT_EQ(governor[0].source.actor.code, "USAGOV");
  // Adam Schiff, a senator from December 2024, was a representative in 2019:
  // the party tag says what the KB does not.
  auto representative = test::extract_article("2019-06-01", "Adam Schiff (D-Calif.) criticized Russia on Thursday.");
  ASSERT_FALSE(representative.empty());
  EXPECT_EQ(representative[0].source.actor.code, "USALEG");
  EXPECT_EQ(representative[0].source.actor.name, "Adam Schiff");
}

TEST(Kb, TitleWithoutNameIsTheHolderOnTheArticleDate) {
  auto r = test::read_bytes("The Russian foreign minister arrived. The president of the United States spoke.\n");
  ASSERT_EQ(r.docs.size(), 1u);
  for (Date date : {Date{2017, 5, 10}, Date{2022, 5, 10}}) {
    Document d = r.docs[0];
    d.pub_date = date;
    segment::segment(d);
    actors::recognize_actors(d);
    std::vector<std::string> names;
    for (const Mention& m : d.mentions)
      if (m.entity >= 0 && !d.entities[m.entity].actor.name.empty()) names.push_back(d.entities[m.entity].actor.name);
    ASSERT_EQ(names.size(), 2u);
    EXPECT_EQ(names[0], "Sergey Lavrov");
    EXPECT_EQ(names[1], date.year == 2017 ? "Donald Trump" : "Joe Biden");
  }
}

TEST(Kb, UserOfficialsFileIsLoadedAndMalformedLinesAreNamed) {
  std::string good = write_temp("kb_good.tsv",
                                "# a user's additions\n"
                                "XKX\thead_of_state\tPresident\tVjosa Osmani\t2021-04-04\t\tVjosa Osmani-Sadriu\n");
  Knowledge kb({good});
  auto holders = kb.office("XKX", "head_of_state", {2022, 1, 1});
  ASSERT_EQ(holders.size(), 1u);
  EXPECT_EQ(holders[0]->source, good);
  EXPECT_EQ(kb.person("Vjosa Osmani-Sadriu", {2022, 1, 1}).size(), 1u);

  std::string bad = write_temp("kb_bad.tsv", "XKX\thead_of_state\tPresident\tVjosa Osmani\tApril 2021\t\t\n");
  try {
    Knowledge broken({bad});
    FAIL() << "a malformed date must be refused";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(bad), std::string::npos) << e.what();
  }
}

TEST(Kb, CameoActorDictionaryImportGivesDatedRoles) {
  if (!test::have_shared()) GTEST_SKIP() << "../shared not present";
  std::string phoenix = test::shared_dir() + "/data/petrarch2-cameo/dictionaries/Phoenix.Countries.actors.txt";
  Knowledge kb({phoenix});
  size_t imported = 0;
  for (const auto& t : kb.tenures()) imported += t.source == phoenix;
  EXPECT_GT(imported, 20000u);
  // The file has a few malformed dates: reported with their line, the rest loaded.
  ASSERT_FALSE(kb.warnings().empty());
  EXPECT_NE(kb.warnings()[0].find(phoenix + ":"), std::string::npos);
  // Dated codes: before 2004 Lavrov was Russia's UN ambassador, after it the foreign minister.
  auto is_imported_role = [&](const std::string& name, Date date, const std::string& role) {
    for (const auto* t : kb.person(name, date))
      if (t->source == phoenix && t->country == "RUS" && t->has_role(role)) return true;
    return false;
  };
  // (The foreign-minister tenure is the curated one too: identical tenures are kept once.)
  bool minister_2010 = false;
  for (const auto* t : kb.person("Sergey Lavrov", {2010, 1, 1})) minister_2010 |= t->has_role("foreign_minister");
  EXPECT_TRUE(minister_2010);
  EXPECT_FALSE(is_imported_role("Sergey Lavrov", {2000, 1, 1}, "foreign_minister"));
  EXPECT_TRUE(is_imported_role("Sergey Lavrov", {2000, 1, 1}, "other"));
  // Names in capitals are matched whatever their case in the text.
  bool found = false;
  for (const auto* t : kb.person("Dmitriy Medvedev", {2010, 1, 1})) found |= t->source == phoenix;
  EXPECT_TRUE(found);
}

TEST(Kb, CoverageFindsTheDaysNobodyHeldAnOffice) {
  std::string path = write_temp("kb_cov.tsv",
                                "AAA\thead_of_state\tPresident\tOne Person\t1999-05-01\t2003-02-10\t\n"
                                "AAA\thead_of_state\tPresident\tTwo Person\t2003-06\t\t\n"
                                "AAA\thead_of_government,foreign_minister\tPremier\tThree Person\t2000\t\t\n");
  Knowledge kb({path});
  auto result = actors::coverage(kb, {"AAA"}, {"head_of_state", "head_of_government", "foreign_minister"}, {2000, 1, 1},
                                 {2005, 12, 31}, 30);
  ASSERT_EQ(result.size(), 1u);
  ASSERT_EQ(result[0].offices[0].gaps.size(), 1u);
  EXPECT_EQ(result[0].offices[0].gaps[0].from.iso(), "2003-02-11");
  EXPECT_EQ(result[0].offices[0].gaps[0].to.iso(), "2003-05-31");
  EXPECT_TRUE(result[0].offices[1].covered());
  EXPECT_TRUE(result[0].offices[2].covered());
  EXPECT_FALSE(result[0].covered());
  // With a tolerance longer than the gap, the office counts as covered.
  auto lenient = actors::coverage(kb, {"AAA"}, {"head_of_state"}, {2000, 1, 1}, {2005, 12, 31}, 120);
  EXPECT_TRUE(lenient[0].covered());
}

const Actor* actor_of(const Document& d, const std::string& mention_text) {
  const Actor* found = nullptr;
  for (const Mention& m : d.mentions)
    if (d.view(m.text) == mention_text && m.entity >= 0) found = &d.entities[m.entity].actor;
  return found;
}

// The name alone ("Pompeo said") stands for whoever of that name held an
// office on the article's date: the same surname is another office a few
// weeks later, and nobody when the person held no office the KB knows.
TEST(Kb, UsOfficialsResolveToTheOfficeHeldOnTheArticleDate) {
  struct Case {
    Date date;
    const char* text;
    const char* surname;
    const char* name;  // "" when the surname must stay unresolved
    const char* role;
  };
  const Case cases[] = {
      {{2018, 4, 17}, "Pompeo met Kim Jong-un in Pyongyang over the Easter weekend, officials said.\n", "Pompeo",
       "Mike Pompeo", "Director of the CIA"},
      {{2018, 5, 9}, "Pompeo flew home from Pyongyang with three American detainees.\n", "Pompeo", "Mike Pompeo",
       "Secretary of State"},
      {{2018, 4, 10}, "Sullivan met the Chinese ambassador at the State Department on Tuesday.\n", "Sullivan",
       "John Sullivan", "Acting Secretary of State"},
      {{2018, 4, 25}, "Sessions told senators that he would not recuse himself again.\n", "Sessions",
       "Jeff Sessions", "Attorney General"},
      {{2015, 6, 3}, "Sessions told reporters the trade bill would cost jobs in Alabama.\n", "Sessions", "", ""},
      {{2016, 7, 5}, "Comey said no reasonable prosecutor would bring such a case.\n", "Comey", "James Comey",
       "Director of the FBI"},
      {{2010, 3, 2}, "Mueller told the committee that the bureau had disrupted the plot.\n", "Mueller",
       "Robert Mueller", "Director of the FBI"},
      {{2018, 4, 30}, "Mueller wants to ask the president about the firing of the bureau's director.\n", "Mueller",
       "Robert Mueller", "Special Counsel"},
      {{2017, 3, 2}, "Kelly said the department would hire thousands of U.S. border agents.\n", "Kelly", "John Kelly",
       "Secretary of Homeland Security"},
      {{2018, 4, 25}, "Kelly denied the report in a statement issued by the White House.\n", "Kelly", "John Kelly",
       "White House Chief of Staff"},
      {{2018, 4, 30}, "Nielsen said that members of the caravan who entered illegally would be prosecuted.\n",
       "Nielsen", "Kirstjen Nielsen", "Secretary of Homeland Security"},
      // A maternal surname or a patronymic is nobody's surname alone: Peru's
      // defence minister José Huerta Torres, Ethiopia's Abiy Ahmed Ali.
      {{2018, 4, 29}, "Torres said the migrants had waited at the border for days.\n", "Torres", "", ""},
      {{2019, 3, 12}, "Ali said the shop had been closed since the morning.\n", "Ali", "", ""},
  };
  for (const Case& c : cases) {
    Document d = test::with_actors(c.text, c.date);
    const Actor* found = actor_of(d, c.surname);
    std::string context = std::string(c.surname) + " on " + c.date.iso();
    if (!*c.name) {
      EXPECT_TRUE(!found || found->country.empty()) << context << ": " << found->name;
      continue;
    }
    ASSERT_NE(found, nullptr) << context;
    EXPECT_EQ(found->name, c.name) << context;
    EXPECT_EQ(found->country, "USA") << context;
    EXPECT_EQ(found->role, c.role) << context;
  }
}

// News drops the Arabic article ("Abadi" for Haider al-Abadi) and keeps a
// capitalised particle with the surname ("Le Drian", "Van Rompuy").
TEST(Kb, SurnamesWithoutTheArticleOrWithTheirParticleResolve) {
  struct Case {
    Date date;
    const char* text;
    const char* surname;
    const char* name;
    const char* country;
  };
  const Case cases[] = {
      {{2018, 4, 25}, "Abadi told reporters in Baghdad that the vote would go ahead.\n", "Abadi", "Haider al-Abadi",
       "IRQ"},
      {{2017, 5, 2}, "Sarraj met the army commander in Abu Dhabi.\n", "Sarraj", "Fayez al-Sarraj", "LBY"},
      {{2018, 4, 25}, "Le Drian said France would not renegotiate the accord.\n", "Le Drian", "Jean-Yves Le Drian",
       "FRA"},
      {{2011, 6, 1}, "Van Rompuy chaired the summit in Brussels.\n", "Van Rompuy", "Herman Van Rompuy", "EU"},
  };
  for (const Case& c : cases) {
    Document d = test::with_actors(c.text, c.date);
    const Actor* found = actor_of(d, c.surname);
    ASSERT_NE(found, nullptr) << c.surname;
    EXPECT_EQ(found->name, c.name);
    EXPECT_EQ(found->country, c.country) << c.surname;
  }
}

// Many hold a seat in the Senate or a governorship at once: a surname alone
// names one of them only after their full name in the article or after a
// title, and a surname two of them share stays unresolved even so.
TEST(Kb, SenatorsAndGovernorsAreNamedBySurnameOnlyAfterTheirFullName) {
  struct Case {
    Date date;
    const char* text;
    const char* surname;
    const char* name;  // "" when the surname must stay unresolved
  };
  const Case cases[] = {
      // Never introduced: a common name or word, not the senator or governor.
      {{2019, 6, 1}, "Graham said the bill would pass the Senate next week.\n", "Graham", ""},
      {{2019, 6, 1}, "Young said the bill would pass the Senate next week.\n", "Young", ""},
      {{2019, 6, 1}, "Justice said the plan would bring jobs to the state.\n", "Justice", ""},
      // Introduced in full, then the surname.
      {{2019, 6, 1}, "Sen. Lindsey Graham met the president. Graham said the bill would pass.\n", "Graham",
       "Lindsey Graham"},
      {{2020, 4, 1}, "New York Gov. Andrew Cuomo ordered schools closed. Cuomo said they would reopen.\n",
       "Cuomo", "Andrew Cuomo"},
      // A title before the surname names the one senator of that surname.
      {{2019, 6, 1}, "Sen. Graham said the bill would pass the Senate next week.\n", "Graham", "Lindsey Graham"},
      // Tim Scott and Rick Scott, both senators in 2020: neither.
      {{2020, 6, 1}, "Sen. Scott said the bill would pass the Senate next week.\n", "Scott", ""},
      {{2020, 6, 1}, "Scott said the bill would pass the Senate next week.\n", "Scott", ""},
      // A cabinet member of the day keeps the bare surname a senator shares
      // (John Sullivan, Acting Secretary of State; Dan Sullivan, senator).
      {{2018, 4, 10}, "Sullivan met the Chinese ambassador at the State Department on Tuesday.\n", "Sullivan",
       "John Sullivan"},
  };
  for (const Case& c : cases) {
    Document d = test::with_actors(c.text, c.date);
    const Actor* found = actor_of(d, c.surname);
    std::string context = std::string(c.surname) + " in \"" + c.text + "\"";
    if (!*c.name) {
      EXPECT_TRUE(!found || !found->from_kb()) << context << ": " << found->name;
      continue;
    }
    ASSERT_NE(found, nullptr) << context;
    EXPECT_EQ(found->name, c.name) << context;
    EXPECT_EQ(found->country, "USA") << context;
  }
}

// Members of the House are in the KB with their terms: a legislator (LEG)
// in office, a former official (ELI) after it; one who moved to the Senate
// or the cabinet is that office from then on, and a House leader is
// reported by the leadership.
TEST(Kb, RepresentativesHoldTheirSeatOnTheDate) {
  const Knowledge& kb = actors::default_knowledge();
  auto jordan = kb.person("Jim Jordan", {2019, 6, 1});
  ASSERT_FALSE(jordan.empty());
  EXPECT_EQ(jordan.front()->title, "Representative");
  EXPECT_EQ(jordan.front()->sector, "LEG");
  auto gowdy = Knowledge::standing(kb.person("Trey Gowdy", {2020, 6, 1}), {2020, 6, 1});
  EXPECT_EQ(gowdy.sector, "ELI");
  EXPECT_EQ(gowdy.role, "former Representative");
  // Tom Cotton sat in the House from 2013 and in the Senate from 2015.
  EXPECT_EQ(kb.person("Tom Cotton", {2014, 6, 1}).front()->title, "Representative");
  EXPECT_EQ(kb.person("Tom Cotton", {2016, 6, 1}).front()->title, "Senator");
  // Adam Schiff: a representative until December 2024, a senator after.
  EXPECT_EQ(kb.person("Adam Schiff", {2019, 6, 1}).front()->title, "Representative");
  EXPECT_EQ(kb.person("Adam B. Schiff", {2025, 3, 1}).front()->title, "Senator");
  // Tom Price left the House for the cabinet in February 2017.
  EXPECT_EQ(kb.person("Tom Price", {2016, 6, 1}).front()->sector, "LEG");
  auto secretary = kb.person("Tom Price", {2017, 5, 1});
  EXPECT_EQ(secretary.front()->title, "Secretary of Health and Human Services");
  EXPECT_EQ(secretary.front()->sector, "GOV");
  // The Speaker is the Speaker while she holds the gavel, a member after it.
  EXPECT_EQ(kb.person("Nancy Pelosi", {2020, 6, 1}).front()->title, "Speaker of the House");
  EXPECT_EQ(kb.person("Nancy Pelosi", {2024, 6, 1}).front()->title, "Representative");
  // A former Speaker is that, though the seat was left after the gavel.
  auto boehner = Knowledge::standing(kb.person("John Boehner", {2017, 6, 1}), {2017, 6, 1});
  EXPECT_EQ(boehner.role, "former Speaker of the House");
  EXPECT_EQ(boehner.sector, "ELI");
  // The trade representative is no legislator.
  EXPECT_EQ(kb.person("Robert Lighthizer", {2018, 6, 1}).front()->sector, "GOV");
  // Through the recognizer, in articles of the day.
  auto member = test::extract_article("2019-06-01", "Alexandria Ocasio-Cortez criticized Saudi Arabia on Thursday.");
  ASSERT_FALSE(member.empty());
  EXPECT_EQ(member[0].source.actor.code, "USALEG");
  EXPECT_EQ(member[0].source.actor.name, "Alexandria Ocasio-Cortez");
  auto former = test::extract_article("2020-06-01", "Trey Gowdy criticized China on Thursday.");
  ASSERT_FALSE(former.empty());
  EXPECT_EQ(former[0].source.actor.code, "USAELI");
  auto senator = test::extract_article("2020-06-01", "Kyrsten Sinema criticized China on Thursday.");
  ASSERT_FALSE(senator.empty());
  EXPECT_EQ(senator[0].source.actor.code, "USALEG");
  // An article without a date: the text's "former" says what the KB cannot.
  Document undated = test::with_actors("Biden called former Texas Rep. Beto O'Rourke to the stage.\n", Date{});
  const Actor* beto = actor_of(undated, "Beto O'Rourke");
  ASSERT_NE(beto, nullptr);
  EXPECT_EQ(beto->name, "Beto O'Rourke");
  EXPECT_EQ(beto->code, "USAELI");
}

// A representative, like a senator, is named by the surname alone only
// after the full name in the article or right after a title.
TEST(Kb, RepresentativesAreNamedBySurnameOnlyAfterTheirFullName) {
  struct Case {
    Date date;
    const char* text;
    const char* surname;
    const char* name;  // "" when the surname must stay unresolved
  };
  const Case cases[] = {
      {{2016, 6, 1}, "Gowdy said the committee would meet next week.\n", "Gowdy", ""},
      {{2016, 6, 1}, "Rep. Trey Gowdy opened the hearing. Gowdy said the committee would meet next week.\n",
       "Gowdy", "Trey Gowdy"},
      {{2016, 6, 1}, "Rep. Gowdy said the committee would meet next week.\n", "Gowdy", "Trey Gowdy"},
      // Only some members are listed: after a title, a common surname may be
      // a member not listed (Steve King is; Peter King of New York is not).
      {{2016, 6, 1}, "Rep. King of New York said the bill would pass the House.\n", "King", ""},
      {{2016, 6, 1}, "Rep. Price of North Carolina said the bill would pass the House.\n", "Price", ""},
      // A common surname never introduced is not the member ("Price", "King").
      {{2016, 6, 1}, "Price said the bill would cut costs for families.\n", "Price", ""},
      {{2016, 6, 1}, "King said the bill would pass the House next week.\n", "King", ""},
      // In 2018 Susan Collins sat in the Senate, Doug and Chris Collins in the
      // House: "Sen." names the senator, "Rep." either representative.
      {{2018, 6, 1}, "Sen. Collins said the bill would pass the Senate next week.\n", "Collins", "Susan Collins"},
      {{2018, 6, 1}, "Rep. Collins said the bill would pass the House next week.\n", "Collins", ""},
  };
  for (const Case& c : cases) {
    Document d = test::with_actors(c.text, c.date);
    const Actor* found = actor_of(d, c.surname);
    std::string context = std::string(c.surname) + " in \"" + c.text + "\"";
    if (!*c.name) {
      EXPECT_TRUE(!found || !found->from_kb()) << context << ": " << found->name;
      continue;
    }
    ASSERT_NE(found, nullptr) << context;
    EXPECT_EQ(found->name, c.name) << context;
    EXPECT_EQ(found->country, "USA") << context;
  }
}

// A text names a person by one of the aliases; the lookup finds the rows
// that list it, so a person's rows must all list the same aliases, or the
// alias would name only one of their offices whatever the date.
TEST(Kb, EveryTenureOfAPersonListsTheSameAliases) {
  const Knowledge& kb = actors::default_knowledge();
  std::map<std::string, const actors::Tenure*> first;
  for (const actors::Tenure& t : kb.tenures()) {
    if (t.vacant() || t.source.find("officials/") == std::string::npos) continue;
    auto [it, added] = first.emplace(t.country + "\t" + t.name, &t);
    if (!added) {
      EXPECT_EQ(t.aliases, it->second->aliases) << t.country << " " << t.name << " (" << t.title << ", " << t.source << ")";
    }
  }
  // And the behaviour it protects: the middle initial is in the UN tenure's
  // row, yet in April 2018 it names the national security adviser.
  auto held = kb.person("John R. Bolton", {2018, 4, 24});
  ASSERT_EQ(held.size(), 1u);
  EXPECT_EQ(held[0]->title, "National Security Adviser");
}

TEST(KbCli, ActorsListExportAndCoverage) {
  std::string out;
  EXPECT_EQ(test::run_parley("actors list --country RUS --role foreign_minister --on 2017-05-10 --format tsv", out), 0);
  EXPECT_NE(out.find("Sergey Lavrov"), std::string::npos);
  EXPECT_EQ(out.find("Igor Ivanov"), std::string::npos);
  EXPECT_EQ(test::run_parley("actors coverage", out), 0);
  EXPECT_NE(out.find("UN member states"), std::string::npos);
  EXPECT_EQ(test::run_parley("actors resolve --on 2017-05-10 'Secretary of State'", out), 0);
  EXPECT_NE(out.find("Rex Tillerson"), std::string::npos);
  EXPECT_EQ(test::run_parley("actors export", out), 0);
  EXPECT_NE(out.find("RUS\tforeign_minister\tMinister of Foreign Affairs\tSergey Lavrov\t2004-03-09"),
            std::string::npos);
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// The bar: the leaders in NewsWCL50 resolve with the right country
// and the office they held on their articles' dates (April 2018), and never
// to another country or office.
TEST(Kb, NewsWcl50LeadersResolveWithTheirCountryAndRole) {
  if (!test::have_shared()) GTEST_SKIP() << "../shared not present";
  struct Held {
    const char* country;
    const char* role;  // "" when the office changed within the period
  };
  const std::map<std::string, Held> leaders = {
      {"Donald Trump", {"USA", "President"}},
      {"Emmanuel Macron", {"FRA", "President"}},
      {"Benjamin Netanyahu", {"ISR", "Prime Minister"}},
      {"Kim Jong-un", {"PRK", ""}},
      {"Shinzo Abe", {"JPN", "Prime Minister"}},
      {"Moon Jae-in", {"KOR", "President"}},
      {"Theresa May", {"GBR", "Prime Minister"}},
      {"Mike Pompeo", {"USA", ""}},  // CIA director, then Secretary of State from 2018-04-26
      {"John Bolton", {"USA", "National Security Adviser"}},
      {"Jim Mattis", {"USA", "Secretary of Defense"}},
      {"Robert Mueller", {"USA", ""}},  // the Special Counsel; a dateless article gets his FBI years
      {"James Comey", {"USA", "Director of the FBI"}},  // fired in 2017: a former director after
      {"Jeff Sessions", {"USA", "Attorney General"}},
      {"Hassan Rouhani", {"IRN", "President"}},
      {"Mohammad Javad Zarif", {"IRN", "Minister of Foreign Affairs"}},
      {"Xi Jinping", {"CHN", ""}},  // President, or General Secretary: both his
      {"Elizabeth II", {"GBR", "Queen"}},  // queen of fifteen realms, British first
      {"Angela Merkel", {"DEU", "Chancellor"}}};
  std::map<std::string, int> right, wrong;
  Pipeline pipeline;
  for (auto& c : eval::read_newswcl50(test::shared_dir() + "/data/newswcl50-meetings")) {
    auto r = test::read_bytes(c.text + "\n", c.id + ".txt");
    if (r.docs.empty()) continue;
    Document d = std::move(r.docs[0]);
    d.pub_date = Date::parse_iso(c.date);
    pipeline.segment(d);
    actors::recognize_actors(d);
    for (const Mention& m : d.mentions) {
      if (m.entity < 0) continue;
      const Actor& a = d.entities[m.entity].actor;
      auto it = leaders.find(a.name);
      if (it == leaders.end()) continue;
      bool ok = a.country == it->second.country &&
                (!*it->second.role || a.role == it->second.role || a.role == "former " + std::string(it->second.role));
      (ok ? right : wrong)[a.name]++;
      if (!ok) ADD_FAILURE() << c.id << ": " << a.name << " as " << a.country << " " << a.role;
    }
  }
  for (const auto& [name, held] : leaders) EXPECT_GT(right[name], 0) << name << " never resolved";
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST(KbSurnames, SuffixesParticlesAndFamilyNamesFirstGiveTheSurname) {
  auto has = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  auto jr = Knowledge::surnames("Martin Luther King Jr.", false);
  EXPECT_TRUE(has(jr, "King"));
  EXPECT_FALSE(has(jr, "Jr."));
  EXPECT_TRUE(has(Knowledge::surnames("Robert S. Mueller III", false), "Mueller"));
  EXPECT_FALSE(has(Knowledge::surnames("Charles III", false), "Charles"));  // a king, not Mr Charles
  EXPECT_TRUE(has(Knowledge::surnames("Herman Van Rompuy", false), "Van Rompuy"));
  EXPECT_TRUE(has(Knowledge::surnames("Juan de la Cruz", false), "de la Cruz"));
  EXPECT_TRUE(has(Knowledge::surnames("Rodolfo San Miguel", false), "San Miguel"));
  // Korean given names after the family name, whatever the office's country.
  EXPECT_TRUE(has(Knowledge::surnames("Ban Ki-moon", false), "Ban"));
  EXPECT_TRUE(has(Knowledge::surnames("Xi Jinping", true), "Xi"));
  EXPECT_FALSE(has(Knowledge::surnames("Jean-Claude Juncker", false), "Jean-Claude"));
  // The KB indexes them so: the UN's Secretary-General in 2010 is Mr Ban.
  auto ban = actors::default_knowledge().by_surname("Ban", {2010, 6, 1});
  ASSERT_FALSE(ban.empty());
  EXPECT_EQ(ban.front()->name, "Ban Ki-moon");
}

TEST(KbSurnames, OfficeSectorsFollowTheWordsOfTheTitle) {
  EXPECT_EQ(Knowledge::office_sector("Director of the CIA"), "SPY");
  EXPECT_EQ(Knowledge::office_sector("Director of National Intelligence"), "SPY");
  EXPECT_EQ(Knowledge::office_sector("Director of the FBI"), "COP");
  EXPECT_EQ(Knowledge::office_sector("Attorney General"), "JUD");
  EXPECT_EQ(Knowledge::office_sector("Chief of Army Staff"), "MIL");
  EXPECT_EQ(Knowledge::office_sector("White House Chief of Staff"), "GOV");
  const Knowledge& kb = actors::default_knowledge();
  auto iran = kb.titled("IRN", "president", {2018, 5, 10});
  ASSERT_EQ(iran.size(), 1u);
  EXPECT_EQ(iran[0]->name, "Hassan Rouhani");
  auto countries = kb.countries_with_title("Chancellor of the Exchequer");
  ASSERT_EQ(countries.size(), 1u);
  EXPECT_EQ(countries[0], "GBR");
}

}  // namespace
}  // namespace parley
