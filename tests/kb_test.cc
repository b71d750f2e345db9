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
      bool ok = a.country == it->second.country && (!*it->second.role || a.role == it->second.role);
      (ok ? right : wrong)[a.name]++;
      if (!ok) ADD_FAILURE() << c.id << ": " << a.name << " as " << a.country << " " << a.role;
    }
  }
  for (const auto& [name, held] : leaders) EXPECT_GT(right[name], 0) << name << " never resolved";
}

}  // namespace
}  // namespace parley
