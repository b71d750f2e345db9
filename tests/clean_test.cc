#include <gtest/gtest.h>

#include "test_util.h"

namespace parley {
namespace {

std::vector<const Block*> blocks_of(const Document& d, BlockKind kind) {
  std::vector<const Block*> out;
  for (const auto& b : d.blocks)
    if (b.kind == kind) out.push_back(&b);
  return out;
}

TEST(TextCleaner, CommentThreadIsDropped) {
  std::string text =
      "Leaders Hold Talks\n\n"
      "The prime minister met the visiting president on Friday.\n\n"
      "Both sides called the talks constructive.\n\n"
      "  \xE2\x80\xA2 reader_one\n\n"
      "    I don't believe a word of it.\n\n"
      "    \xE2\x80\xA2 other.reader\n\n"
      "      Agreed, the meeting was a sham.\n";
  auto r = test::read_bytes(text);
  ASSERT_EQ(r.docs.size(), 1u);
  std::string main = r.docs[0].main_text();
  EXPECT_NE(main.find("constructive"), std::string::npos);
  EXPECT_EQ(main.find("believe"), std::string::npos);
  EXPECT_EQ(main.find("sham"), std::string::npos);
  EXPECT_EQ(blocks_of(r.docs[0], BlockKind::kComment).size(), 4u);
}

TEST(TextCleaner, TeasersWidgetsCaptionsAndTagsAreDropped) {
  std::string text =
      "Envoy Summoned Over Remarks\n\n"
      "Share Print Email\n\n"
      "The ministry summoned the ambassador on Monday (Reuters Photo/Jane Doe)\n\n"
      "The foreign ministry summoned the ambassador to protest remarks made last week.\n\n"
      "READ MORE: Ten things to know about the dispute\n\n"
      "Related: Earlier protests in the capital\n\n"
      "The ambassador declined to comment.\n\n"
      "  diplomacy, protest, embassy, foreign ministry\n";
  auto r = test::read_bytes(text);
  ASSERT_EQ(r.docs.size(), 1u);
  const Document& d = r.docs[0];
  std::string main = d.main_text();
  EXPECT_EQ(main.find("Share"), std::string::npos);
  EXPECT_EQ(main.find("Ten things"), std::string::npos);
  EXPECT_EQ(main.find("Earlier protests"), std::string::npos);
  EXPECT_EQ(main.find("Jane Doe"), std::string::npos);
  EXPECT_EQ(main.find("diplomacy, protest"), std::string::npos);
  EXPECT_NE(main.find("declined to comment"), std::string::npos);
  EXPECT_EQ(blocks_of(d, BlockKind::kTeaser).size(), 2u);
  EXPECT_EQ(blocks_of(d, BlockKind::kCaption).size(), 1u);
}

// "More:" and "Also see:" open related links too, even glued to the
// headline; a paragraph that starts with the word "More" stays.
TEST(TextCleaner, MoreAndAlsoSeeLinksAreTeasers) {
  auto r = test::read_bytes(
      "The minister met the envoy on Monday.\n\n"
      "More:Sanctions and the envoy: a timeline of key events\n\n"
      "Also see: The envoy's first visit\n\n"
      "More than 100 people protested outside the embassy.\n");
  ASSERT_EQ(r.docs.size(), 1u);
  std::string main = r.docs[0].main_text();
  EXPECT_EQ(main.find("timeline"), std::string::npos);
  EXPECT_EQ(main.find("first visit"), std::string::npos);
  EXPECT_NE(main.find("More than 100 people"), std::string::npos);
}

// A video widget's label in capitals ("JUST WATCHED", "MUST WATCH") opens
// another story's headline; the same words in a sentence stay.
TEST(TextCleaner, VideoWidgetLabelsInCapitalsAreTeasers) {
  auto r = test::read_bytes(
      "The minister met the envoy on Monday.\n\n"
      "JUST WATCHED Rebels attack army base in the north Replay More Videos ...\n\n"
      "MUST WATCH Rebels attack army base in the north 02:16\n\n"
      "Just watched by millions, the speech was a success.\n");
  ASSERT_EQ(r.docs.size(), 1u);
  std::string main = r.docs[0].main_text();
  EXPECT_EQ(main.find("Rebels attack"), std::string::npos);
  EXPECT_NE(main.find("Just watched by millions"), std::string::npos);
}

TEST(TextCleaner, DatelineAndBylineGiveThePublicationDate) {
  std::string text = "Talks Resume\n\nMarch 3, 2019\nStaff Reporter\n\nThe delegations met again.\n";
  auto r = test::read_bytes(text);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].pub_date, (Date{2019, 3, 3}));
  EXPECT_EQ(blocks_of(r.docs[0], BlockKind::kDateline).size(), 1u);
  EXPECT_EQ(blocks_of(r.docs[0], BlockKind::kByline).size(), 1u);
}

TEST(TextCleaner, TimestampLinesGiveThePublicationDate) {
  auto date_of = [](const std::string& text) { return test::read_bytes(text).docs.at(0).pub_date; };
  const std::string body = "\n\nThe council voted to close the old bridge to traffic.\n";
  EXPECT_EQ(date_of("Bridge Closed\n\nFirst Published: June 13, 2013 4:59 PM EDT" + body), (Date{2013, 6, 13}));
  EXPECT_EQ(date_of("Bridge Closed\n\nPosted on Thu Jun 13, 2013 08:45 AM PDT" + body), (Date{2013, 6, 13}));
  EXPECT_EQ(date_of("Bridge Closed\n\n12/16/08 1:30 AM EST" + body), (Date{2008, 12, 16}));
  EXPECT_EQ(date_of("Bridge Closed\n\nDecember 15th, 2008" + body), (Date{2008, 12, 15}));
  // Month and day cannot be told apart: left unread, never guessed.
  EXPECT_FALSE(date_of("Bridge Closed\n\n05/02/2013 1:30 AM EST" + body).known());
  // A sentence that holds a date is no timestamp line.
  EXPECT_FALSE(date_of("Bridge Closed\n\nThe bridge opened on June 13, 2013 at noon." + body).known());
}

// The time of day, a weekday and a label may come before the date, as
// many sites print their timestamps.
TEST(TextCleaner, TimestampLinesWithTheTimeBeforeTheDate) {
  auto date_of = [](const std::string& text) { return test::read_bytes(text).docs.at(0).pub_date; };
  const std::string body = "\n\nThe council voted to close the old bridge to traffic.\n";
  EXPECT_EQ(date_of("Bridge Closed\n\n8:44AM BST 16 Sep 2013" + body), (Date{2013, 9, 16}));
  EXPECT_EQ(date_of("Bridge Closed\n\n8:05am UK, Monday 16 September 2013" + body), (Date{2013, 9, 16}));
  EXPECT_EQ(date_of("Bridge Closed\n\nPublished 12:17 am, Monday, September 16, 2013" + body), (Date{2013, 9, 16}));
  EXPECT_EQ(date_of("Bridge Closed\n\nStory Created: Aug 7, 2012 at 9:56 AM AKDT" + body), (Date{2012, 8, 7}));
  EXPECT_EQ(date_of("Bridge Closed\n\nPOSTED: 1052 GMT (1852 HKT), April 10, 2007" + body), (Date{2007, 4, 10}));
  EXPECT_EQ(date_of("Bridge Closed\n\n14:25 Sun Sep 15 2013" + body), (Date{2013, 9, 15}));
  // A day first is read as the day, not skipped as an hour.
  EXPECT_EQ(date_of("Bridge Closed\n\n9 September 2013 14:25" + body), (Date{2013, 9, 9}));
  // Words that are not a timestamp's still make a line no timestamp.
  EXPECT_FALSE(date_of("Bridge Closed\n\n5 people hurt, Monday 16 September 2013" + body).known());
}

TEST(TextCleaner, TheFirstPublicationWinsOverAnUpdateStamp) {
  const std::string body = "\n\nThe council voted to close the old bridge to traffic.\n";
  auto both = test::read_bytes("Bridge Closed\n\nLast Updated: June 14, 2013 9:02 AM EDT\n\n"
                               "First Published: June 13, 2013 4:59 PM EDT" + body);
  EXPECT_EQ(both.docs.at(0).pub_date, (Date{2013, 6, 13}));
  auto one_line = test::read_bytes("Bridge Closed\n\nPosted June 13, 2013 4:59 PM Updated June 14, 2013 9:02 AM" + body);
  EXPECT_EQ(one_line.docs.at(0).pub_date, (Date{2013, 6, 13}));
  // With no first publication on the page, the update stamp is the best evidence.
  auto update_only = test::read_bytes("Bridge Closed\n\nUpdated June 14, 2013 9:02 AM EDT" + body);
  EXPECT_EQ(update_only.docs.at(0).pub_date, (Date{2013, 6, 14}));
}

TEST(TextCleaner, TimestampsOfCommentsAndTeasersAreNotThePagesDate) {
  auto comments = test::read_bytes(
      "Bridge Closed\n\nThe council voted to close the old bridge to traffic.\n\n"
      "Comments\n\nPosted on Fri Jun 14, 2013 10:02 AM PDT\n\nAbout time, it was falling apart.\n");
  EXPECT_FALSE(comments.docs.at(0).pub_date.known());
  auto teaser = test::read_bytes(
      "Bridge Closed\n\nThe council voted to close the old bridge to traffic.\n\n"
      "Related: Council approves new budget\n\nJune 1, 2013\n");
  EXPECT_FALSE(teaser.docs.at(0).pub_date.known());
  EXPECT_EQ(teaser.docs.at(0).main_text().find("June 1"), std::string::npos);
  auto headline = test::read_bytes(
      "Bridge Closed\n\nThe council voted to close the old bridge to traffic.\n\n"
      "Mayor Opens New Library Branch\n\nMay 30, 2013 4:10 PM EDT\n");
  EXPECT_FALSE(headline.docs.at(0).pub_date.known());
}

TEST(TextCleaner, HeadingsInsideTheArticleStayMainText) {
  std::string text =
      "Ministers agreed to a ceasefire after a long night of talks in the capital.\n"
      "Talks Initiated as Both Sides Discuss Border Status\n"
      "The negotiators will meet again next week.\n";
  auto r = test::read_bytes(text);
  ASSERT_EQ(r.docs.size(), 1u);
  auto headings = blocks_of(r.docs[0], BlockKind::kHeading);
  ASSERT_EQ(headings.size(), 1u);
  EXPECT_TRUE(is_main_text(BlockKind::kHeading));
  EXPECT_EQ(r.docs[0].blocks[0].kind, BlockKind::kParagraph);  // a long first sentence is no title
}

TEST(TextCleaner, SeedCommentsNeverReachTheMainText) {
  if (!test::have_shared()) GTEST_SKIP() << "../shared not present";
  auto r = test::read_paths({test::seed_path("001_")});
  ASSERT_EQ(r.docs.size(), 1u);
  std::string main = r.docs[0].main_text();
  // The article's last sentence stays; the first comment's words never appear.
  EXPECT_NE(main.find("Meetings with foreign officials are regular"), std::string::npos);
  EXPECT_EQ(main.find("brandehhh"), std::string::npos);
  EXPECT_EQ(main.find("Yeeeeeeah"), std::string::npos);
  EXPECT_EQ(main.find("skyhawk"), std::string::npos);
  // The photo caption with its credit is not main text.
  EXPECT_EQ(main.find("AP Photo"), std::string::npos);
  // Nothing after the article's last paragraph is main text.
  size_t last = main.find("Meetings with foreign officials are regular");
  EXPECT_EQ(main.find('\n', last), std::string::npos);
}

TEST(TextCleaner, SeedReadMoreTeasersNeverReachTheMainText) {
  if (!test::have_shared()) GTEST_SKIP() << "../shared not present";
  auto r = test::read_paths({test::seed_path("003_")});
  ASSERT_EQ(r.docs.size(), 1u);
  std::string main = r.docs[0].main_text();
  EXPECT_EQ(main.find("Read more"), std::string::npos);
  EXPECT_NE(main.find("Lavrov touched upon these challenges"), std::string::npos);
  EXPECT_EQ(blocks_of(r.docs[0], BlockKind::kTeaser).size(), 2u);
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST(TextCleaner, WireDatelinesAreSplitOff) {
  auto tass = test::read_bytes(
      "Talks in Moscow\n\nWASHINGTON, November 1. /TASS/. The US and Russian diplomats met on Tuesday.\n");
  ASSERT_EQ(tass.docs.size(), 1u);
  EXPECT_EQ(tass.docs[0].main_text(), "The US and Russian diplomats met on Tuesday.");
  EXPECT_FALSE(tass.docs[0].pub_date.known());  // no year: the date stays unknown, never guessed

  auto reuters =
      test::read_bytes("MOSCOW, Nov 3, 2019 (Reuters) - Russia said on Sunday it would respond to the sanctions.\n");
  ASSERT_EQ(reuters.docs.size(), 1u);
  EXPECT_EQ(reuters.docs[0].pub_date, (Date{2019, 11, 3}));
  EXPECT_EQ(reuters.docs[0].pub_date_basis, DateBasis::kDateline);
  EXPECT_EQ(reuters.docs[0].main_text(), "Russia said on Sunday it would respond to the sanctions.");

  // A double hyphen after the dateline goes with it, not half into the text.
  auto afp = test::read_bytes("GAZA CITY, July 8, 2014 -- Hamas fired dozens of rockets at Israel on Monday.\n");
  ASSERT_EQ(afp.docs.size(), 1u);
  EXPECT_EQ(afp.docs[0].pub_date, (Date{2014, 7, 8}));
  EXPECT_EQ(afp.docs[0].main_text(), "Hamas fired dozens of rockets at Israel on Monday.");

  // Capitalised sentence openings are not datelines.
  auto plain =
      test::read_bytes("Acting Deputy Secretary of State Thomas Shannon and the Russian Ambassador held a meeting.\n");
  ASSERT_EQ(plain.docs.size(), 1u);
  EXPECT_EQ(plain.docs[0].blocks.size(), 1u);
}

}  // namespace
}  // namespace parley
