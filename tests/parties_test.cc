// Political parties as actors of their country: names one state's party
// alone bears need no context; names several states' parties share
// ("Labour", "the Tories") take the state the article names, else the
// outlet's country, else none.  Sentences written for these tests.
#include <gtest/gtest.h>

#include "test_util.h"

namespace parley {
namespace {

// One JSON-lines article from `source` (an outlet, or "" for none), with
// its actors recognised.
Document article(const std::string& source, const std::string& text) {
  std::string line = "{\"id\":\"t\",\"source\":\"" + source + "\",\"text\":\"" + text + "\"}\n";
  auto r = test::read_bytes(line, "t.jsonl");
  EXPECT_EQ(r.docs.size(), 1u);
  Document d = std::move(r.docs.at(0));
  segment::segment(d);
  actors::recognize_actors(d);
  return d;
}

// The code (country and sector) of the actor of the mention that reads
// `text`, or "" when there is no such mention.
std::string code_of(const Document& d, const std::string& text) {
  for (const Mention& m : d.mentions)
    if (m.entity >= 0 && d.view(m.text) == text) return d.entities[m.entity].actor.code;
  return "";
}

std::vector<Event> extract(const std::string& source, const std::string& text) {
  std::string line = "{\"id\":\"t\",\"source\":\"" + source + "\",\"text\":\"" + text + "\"}\n";
  auto r = test::read_bytes(line, "t.jsonl");
  EXPECT_EQ(r.docs.size(), 1u);
  return Pipeline().extract(r.docs[0]);
}

// A BBC article names no state: "the Tories" and "Tory MPs" are Britain's,
// the outlet's country, as its readers take them.
TEST(Parties, ASharedNameInAnArticleNamingNoStateIsTheOutletCountrys) {
  const char* text =
      "Tory MPs criticised the Chancellor's plan on Tuesday. The Tories said the budget would raise taxes.";
  Document bbc = article("BBC", text);
  EXPECT_EQ(code_of(bbc, "Tory MPs"), "GBRPTY");
  EXPECT_EQ(code_of(bbc, "Tories"), "GBRPTY");
  // The same words with no known outlet: Britain's or Canada's, not guessed.
  Document unknown = article("", text);
  EXPECT_EQ(code_of(unknown, "Tory MPs"), "");
  EXPECT_EQ(code_of(unknown, "Tories"), "");
  // An outlet of a state with no such party says nothing.
  EXPECT_EQ(code_of(article("Al Jazeera", text), "Tories"), "");
  // Feeds write the outlet with a suffix.
  EXPECT_EQ(code_of(article("BBC News (Online)", text), "Tories"), "GBRPTY");
  EXPECT_EQ(code_of(article("BBC Online News", text), "Tories"), "GBRPTY");
}

TEST(Parties, TheOutletsPartyActsInEvents) {
  auto events = extract("BBC", "Tory MPs criticised the Chancellor's plan on Tuesday.");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].cameo.substr(0, 2), "11");
  EXPECT_EQ(events[0].source.actor.code, "GBRPTY");
  EXPECT_EQ(events[0].source.actor.name, "Conservative Party");
}

// The state the article names counts before the outlet's, also when named
// after the party: a BBC report on Canada's Conservatives.
TEST(Parties, TheStateTheArticleNamesBeatsTheOutlet) {
  Document d = article("BBC", "The Tories won a majority, and voters in Canada cheered the result in Ottawa.");
  EXPECT_EQ(code_of(d, "Tories"), "CANPTY");
  // Both states that have Tories named, none before: no guess.
  Document both = article("", "The Tories gained seats; Britain and Canada both voted on Thursday.");
  EXPECT_EQ(code_of(both, "Tories"), "");
}

// A name only one state's party bears needs no context ("Lib Dem MPs"),
// while members' words before other nouns name no actor ("Lib Dem plans").
TEST(Parties, AMemberWordOfOneStatesPartyNeedsNoContext) {
  Document d = article("", "Lib Dem MPs opposed the bill. The Liberal Democrat leader said it went too far.");
  EXPECT_EQ(code_of(d, "Lib Dem MPs"), "GBRPTY");
  EXPECT_EQ(code_of(d, "Liberal Democrat leader"), "GBRPTY");
  Document plans = article("", "Lib Dem plans for local income tax were published.");
  EXPECT_EQ(code_of(plans, "Lib Dem plans"), "");
  // "Tory leader Michael Howard": the leader named is the actor, not his party.
  Document named = article("BBC", "Tory leader Michael Howard spoke in Bournemouth.");
  EXPECT_EQ(code_of(named, "Tory leader"), "");
  EXPECT_EQ(code_of(named, "Michael Howard"), "GBRPTY");
}

// A party's officer named after the party's member word is of the party's
// country: a party officer (PTY), while a party's senator stays a legislator.
TEST(Parties, APartysOfficerNamedAfterItsMemberWordIsOfItsCountry) {
  Document uk = article("BBC", "Liberal Democrat spokesman Mark Oaten warned the committee.");
  EXPECT_EQ(code_of(uk, "Mark Oaten"), "GBRPTY");
  Document us = article("", "In Washington, Republican senator Jane Holloway opposed the bill.");
  EXPECT_EQ(code_of(us, "Jane Holloway"), "USALEG");
  // No outlet and no state named: Britain's or Canada's Tory, unknown.
  Document unknown = article("", "Tory leader Michael Howard spoke on Monday.");
  EXPECT_EQ(code_of(unknown, "Michael Howard").substr(0, 3), "");
}

// Right after another state, a shared name is that state's party, which
// the file does not list: no actor rather than Britain's Labour.
TEST(Parties, ASharedNameRightAfterAnotherStateIsNotTheOutlets) {
  Document d = article("BBC", "In the Netherlands, the Dutch Labour party lost votes.");
  EXPECT_NE(code_of(d, "Labour"), "GBRPTY");
  Document nz = article("BBC", "New Zealand Labour won the election.");
  EXPECT_EQ(code_of(nz, "Labour"), "NZLPTY");
}

// Parties of the larger democracies by their own names and short forms.
TEST(Parties, NamesOfOneStatesPartyGiveItsCountry) {
  Document d = article("",
                       "Morena and the Congress Party praised the deal, while Yisrael Beiteinu, NZ First and the "
                       "Moderate Party rejected it.");
  EXPECT_EQ(code_of(d, "Morena"), "MEXPTY");
  EXPECT_EQ(code_of(d, "Congress Party"), "INDPTY");
  EXPECT_EQ(code_of(d, "Yisrael Beiteinu"), "ISRPTY");
  EXPECT_EQ(code_of(d, "NZ First"), "NZLPTY");
  EXPECT_EQ(code_of(d, "Moderate Party"), "SWEPTY");
}

}  // namespace
}  // namespace parley
