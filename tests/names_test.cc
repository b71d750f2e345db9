// The name pass of the actor recogniser: types capitalised names that are not
// political actors of the knowledge base (persons, organisations, places).
#include <gtest/gtest.h>

#include <optional>

#include "actors/recognizer.h"
#include "segment/segmenter.h"
#include "test_util.h"

namespace parley {
namespace {

Document analysed(const std::string& text) {
  auto r = test::read_bytes(text, "doc.txt");
  EXPECT_EQ(r.docs.size(), 1u);
  Document d = std::move(r.docs[0]);
  segment::segment(d);
  actors::recognize_actors(d);
  return d;
}

// The type of the mention whose text is exactly `text`, or nothing.
std::optional<MentionType> type_of(const Document& d, std::string_view text) {
  for (const Mention& m : d.mentions)
    if (d.view(m.text) == text) return m.type;
  return std::nullopt;
}

// Whether any mention starts with the token `text` (as a whole word).
bool mentioned(const Document& d, std::string_view text) {
  for (const Mention& m : d.mentions) {
    std::string_view v = d.view(m.text);
    if (v.substr(0, text.size()) == text && (v.size() == text.size() || v[text.size()] == ' ')) return true;
  }
  return false;
}

TEST(Names, GroundsAndNamesEndingInASharedBodyName) {
  auto d = analysed(
      "The president welcomed the emir at a ceremony on the South Lawn. The Kentucky General Assembly "
      "passed the bill, and the Polish Foreign Minister praised it.\n");
  EXPECT_EQ(type_of(d, "South Lawn"), MentionType::kLocation);
  EXPECT_EQ(type_of(d, "Kentucky General Assembly"), MentionType::kOrganization);
  EXPECT_FALSE(mentioned(d, "General"));                // "General" is a title elsewhere: here part of the name
  EXPECT_EQ(type_of(d, "Polish"), MentionType::kMisc);  // the demonym of an office without a name
}

TEST(Names, CricketScorecardNamesPlayers) {
  auto d = analysed(
      "CRICKET - SOUTH AFRICA V ENGLAND SCOREBOARD .\n"
      "J. Hendry c Taylor b Moorcroft 45\n"
      "T.O'Brien lbw b Moorcroft 12\n"
      "Bowling : Moorcroft 10-1-40-3 , Taylor 8-0-33-1 .\n");
  EXPECT_EQ(type_of(d, "J. Hendry"), MentionType::kPerson);
  EXPECT_EQ(type_of(d, "T.O'Brien"), MentionType::kPerson);
  EXPECT_EQ(type_of(d, "Taylor"), MentionType::kPerson);
  EXPECT_EQ(type_of(d, "Moorcroft"), MentionType::kPerson);
}

TEST(Names, ResultsLinesGiveTheVenueAndTheClubs) {
  auto d = analysed(
      "RUGBY UNION - WELSH LEAGUE RESULTS .\n"
      "Results of matches played on Saturday :\n"
      "Cardiff : Pontypridd 24 Swansea 18\n");
  EXPECT_EQ(type_of(d, "Cardiff"), MentionType::kLocation);  // where it was played
  EXPECT_EQ(type_of(d, "Swansea"), MentionType::kOrganization);
  EXPECT_EQ(type_of(d, "Pontypridd"), MentionType::kOrganization);
}

TEST(Names, InTeamSportANameAndAPlaceAreOneClub) {
  auto d = analysed(
      "SOCCER - RUSSIAN LEAGUE RESULTS .\n"
      "Torpedo Omsk were held 1-1 at home by Dynamo Moscow on Sunday .\n");
  EXPECT_EQ(type_of(d, "Torpedo Omsk"), MentionType::kOrganization);
  EXPECT_EQ(type_of(d, "Dynamo Moscow"), MentionType::kOrganization);
}

TEST(Names, AnUnexplainedSingleWordGetsNoType) {
  auto d = analysed("Analysts expect Zortrex to report higher profits this quarter .\n");
  EXPECT_FALSE(mentioned(d, "Zortrex"));
}

TEST(Names, WellKnownNamesAndPlaceCues) {
  auto d = analysed(
      "The ceasefire was reported by Interfax on Friday and later confirmed by Xinhua .\n"
      "Talks on the Middle East resumed after fighting near the Qarabel stadium .\n"
      "The bill was rejected by the House of Lords and opposed by the Association of Retired Teachers .\n");
  EXPECT_EQ(type_of(d, "Interfax"), MentionType::kOrganization);
  EXPECT_EQ(type_of(d, "Xinhua"), MentionType::kOrganization);
  EXPECT_EQ(type_of(d, "Middle East"), MentionType::kLocation);
  EXPECT_EQ(type_of(d, "Qarabel"), MentionType::kLocation);
  EXPECT_EQ(type_of(d, "House of Lords"), MentionType::kOrganization);
  EXPECT_EQ(type_of(d, "Association of Retired Teachers"), MentionType::kOrganization);
}

TEST(Names, CompaniesByTheirSuffixOrIndustry) {
  auto d = analysed("Shares of Kesteven Power rose after Brindle Bancshares raised its stake in Marolo SpA .\n");
  EXPECT_EQ(type_of(d, "Kesteven Power"), MentionType::kOrganization);
  EXPECT_EQ(type_of(d, "Brindle Bancshares"), MentionType::kOrganization);
  EXPECT_EQ(type_of(d, "Marolo SpA"), MentionType::kOrganization);
}

TEST(Names, PersonsBySpeechTitlesAndNameShapes) {
  auto d = analysed(
      "\" We will appeal against the ruling , \" Okonkwo said .\n"
      "Cardinal Okafor celebrated mass in the cathedral .\n"
      "The treaty was signed by Charles VI in 1714 .\n"
      "Midfielder Joost van der Berg scored twice , and a late goal came from de Wit .\n"
      "The Hong Kong-based group did not comment .\n");
  EXPECT_EQ(type_of(d, "Okonkwo"), MentionType::kPerson);
  EXPECT_EQ(type_of(d, "Okafor"), MentionType::kPerson);
  EXPECT_FALSE(type_of(d, "Cardinal Okafor").has_value());
  EXPECT_EQ(type_of(d, "Charles VI"), MentionType::kPerson);
  EXPECT_EQ(type_of(d, "Joost van der Berg"), MentionType::kPerson);
  EXPECT_FALSE(mentioned(d, "Hong"));
}

TEST(Names, ALongerNameAfterAnOrganisationCueIsAnOrganisation) {
  auto d = analysed("The carrier Cathay Pacific cut flights. The party Golden Dawn won seats.\n");
  EXPECT_EQ(type_of(d, "Cathay Pacific"), MentionType::kOrganization);
  EXPECT_EQ(type_of(d, "Golden Dawn"), MentionType::kOrganization);
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// British style writes "Mr Brown" without a full stop: the word after an
// honorific is a surname even when it is also a common word.
TEST(Names, ASurnameAfterAnHonorificWithoutFullStopIsAName) {
  auto d = analysed(
      "Mr Brown told MPs the economy had grown. Mrs Green and Dr Fox disagreed, and Mr Straw stayed silent.\n");
  EXPECT_EQ(type_of(d, "Brown"), MentionType::kPerson);
  EXPECT_EQ(type_of(d, "Green"), MentionType::kPerson);
  EXPECT_EQ(type_of(d, "Fox"), MentionType::kPerson);
  EXPECT_EQ(type_of(d, "Straw"), MentionType::kPerson);
  // A title before an ordinary word still makes no name ("Deputy Secretary").
  auto t = analysed("The Deputy Secretary spoke on Monday.\n");
  EXPECT_FALSE(mentioned(t, "Secretary"));
}

}  // namespace
}  // namespace parley
