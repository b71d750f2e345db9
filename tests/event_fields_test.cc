// The place, topics and status of event records (issue 6), on sentences
// written for these tests in the manner of wire copy.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

#include "test_util.h"

namespace parley {
namespace {

using test::extract_article;

// The first record whose CAMEO code starts with `family` (a copy: the
// records are often a temporary), or one with no code.
std::optional<Event> first_of(const std::vector<Event>& events, const std::string& family) {
  for (const Event& e : events)
    if (e.cameo.rfind(family, 0) == 0) return e;
  return std::nullopt;
}

std::string evidence(const Event& e, const std::string& field) {
  for (const auto& ev : e.evidence)
    if (ev.field == field) return ev.text;
  return "";
}

// ---- place ----

TEST(EventPlace, ThePlaceOfASummitIsItsCityNotItsBody) {
  auto events = extract_article("2017-07-08", "Trump met Putin at the G20 summit in Hamburg on Friday.");
  std::optional<Event> met = first_of(events, "04");
  ASSERT_TRUE(met);
  EXPECT_EQ(met->place, "Hamburg");
  EXPECT_EQ(evidence(*met, "place"), "Hamburg");
  // With no city named, the body whose summit it was is the place.
  auto sidelines = extract_article("2017-07-08", "Trump met Putin on the sidelines of the G20 summit.");
  std::optional<Event> side = first_of(sidelines, "04");
  ASSERT_TRUE(side);
  EXPECT_EQ(side->place, "G20");
  EXPECT_TRUE(side->topics.empty());  // "on the sidelines" is no topic
}

TEST(EventPlace, AWordBetweenThePrepositionAndTheNameKeepsThePlace) {
  std::optional<Event> landed =
      first_of(extract_article("2015-07-24", "President Barack Obama landed in neighboring Kenya on Friday."), "042");
  ASSERT_TRUE(landed);
  EXPECT_EQ(landed->place, "Kenya");
  std::optional<Event> met = first_of(
      extract_article("2019-01-10", "Vladimir Putin met Recep Tayyip Erdogan in the Syrian capital, Damascus."), "04");
  ASSERT_TRUE(met);
  EXPECT_EQ(met->place, "Damascus");  // not the adjective "Syrian"
}

TEST(EventPlace, ACountrysCapitalIsItsCapitalCity) {
  std::optional<Event> met =
      first_of(extract_article("2019-01-10", "Vladimir Putin met Recep Tayyip Erdogan in the Russian capital on Monday."),
               "04");
  ASSERT_TRUE(met);
  EXPECT_EQ(met->place, "Moscow");
  EXPECT_EQ(evidence(*met, "place"), "Russian capital");
  std::optional<Event> visit = first_of(
      extract_article("2017-02-18", "Mike Pence met Andrzej Duda in Poland's capital on Friday."), "04");
  ASSERT_TRUE(visit);
  EXPECT_EQ(visit->place, "Warsaw");
}

TEST(EventPlace, AWelcomeToAPlaceHappensThere) {
  std::optional<Event> welcomed =
      first_of(extract_article("2018-06-02", "Donald Trump welcomed Kim Yong Chol to the White House on Friday."), "043");
  ASSERT_TRUE(welcomed);
  EXPECT_EQ(welcomed->place, "White House");
}

TEST(EventPlace, APlaceOfAThingOrAPersonIsNotWhereTheActWas) {
  // A decision, a win, a nominee, a lobbyist: where they are, not the act.
  std::optional<Event> criticised = first_of(
      extract_article("2019-05-07", "The European Union sharply criticised a decision in Turkey to re-run the vote."),
      "11");
  ASSERT_TRUE(criticised);
  EXPECT_EQ(criticised->place, "");
  std::optional<Event> spoke = first_of(
      extract_article("2017-12-06", "Susan Fowler spoke with Adama Iwu, a corporate lobbyist in Sacramento."), "04");
  ASSERT_TRUE(spoke);
  EXPECT_EQ(spoke->place, "");
  std::optional<Event> investigated = first_of(
      extract_article("2014-05-20", "Republicans in Congress investigated the agency's handling of the case."), "09");
  ASSERT_TRUE(investigated);
  EXPECT_EQ(investigated->place, "");
  // Force happens where its target is.
  std::optional<Event> bombed = first_of(
      extract_article("2015-10-01", "The U.S.-led coalition has bombed targets in Syria since September 2014."), "19");
  ASSERT_TRUE(bombed);
  EXPECT_EQ(bombed->place, "Syria");
}

TEST(EventPlace, APlaceOfAnotherClauseIsNotTheActs) {
  // An infinitive, a "that" clause, a relative clause after the trigger.
  std::optional<Event> urged =
      first_of(extract_article("2019-05-25", "Donald Trump urged Japanese business leaders to invest more in the U.S."),
               "02");
  ASSERT_TRUE(urged);
  EXPECT_EQ(urged->place, "");
  std::optional<Event> claimed = first_of(
      extract_article("2016-02-27",
                      "Al-Shabaab claimed responsibility for the attack that shattered a period of calm in Mogadishu."),
      "015");
  ASSERT_TRUE(claimed);
  EXPECT_EQ(claimed->place, "");
  // "to" before a noun is no infinitive.
  std::optional<Event> sued = first_of(
      extract_article("2013-07-20", "Police arrested Mohamed Morsi and took him to court in Cairo on Saturday."), "11");
  ASSERT_TRUE(sued);
  EXPECT_EQ(sued->place, "Cairo");
}

TEST(EventPlace, APlaceBeforeTheVerbDescribingTheSubjectIsNotTheActs) {
  std::optional<Event> praised = first_of(
      extract_article("2018-07-25", "Senator Heidi Heitkamp in North Dakota praised the aid package on Tuesday."), "05");
  ASSERT_TRUE(praised);
  EXPECT_EQ(praised->place, "");
  // An opening phrase places the act.
  std::optional<Event> called = first_of(
      extract_article("2011-01-13",
                      "At a memorial for Gabrielle Giffords in Tucson, Barack Obama called on Congress to act."),
      "02");
  ASSERT_TRUE(called);
  EXPECT_EQ(called->place, "Tucson");
}

TEST(EventPlace, ALeadActWithoutAPlaceHappenedInTheDatelineCity) {
  std::string text =
      "TOKYO (AP) \\u2014 President Donald Trump praised Japanese Prime Minister Shinzo Abe on Saturday.\\n\\n"
      "Later, Trump criticised China.";
  auto events = extract_article("2019-05-25", text);
  std::optional<Event> praised = first_of(events, "05");
  ASSERT_TRUE(praised);
  EXPECT_EQ(praised->place, "Tokyo");
  EXPECT_EQ(evidence(*praised, "place"), "TOKYO");
  // Not for an act of another paragraph, nor one of sides from elsewhere.
  std::optional<Event> criticised = first_of(events, "11");
  ASSERT_TRUE(criticised);
  EXPECT_EQ(criticised->place, "");
  auto foreign = extract_article("2019-05-25",
                                 "WASHINGTON (Reuters) \\u2014 Iran accused Saudi Arabia of sabotage on Saturday.");
  std::optional<Event> accused = first_of(foreign, "112");
  ASSERT_TRUE(accused);
  EXPECT_EQ(accused->place, "");
}

// ---- topics ----

TEST(EventTopics, WhatFollowsToDiscussOrTalksOnIsTheTopic) {
  std::optional<Event> met = first_of(
      extract_article("2019-04-08", "Erdogan and Putin met in Moscow on Monday to discuss Syria, Ukraine and energy."),
      "04");
  ASSERT_TRUE(met);
  EXPECT_EQ(met->place, "Moscow");
  EXPECT_EQ(met->topics, (std::vector<std::string>{"Syria", "Ukraine", "energy"}));
  std::optional<Event> talks = first_of(
      extract_article("2019-02-14", "U.S. and Chinese negotiators held talks on trade in Beijing on Thursday."), "04");
  ASSERT_TRUE(talks);
  EXPECT_EQ(talks->topics, (std::vector<std::string>{"trade"}));
}

TEST(EventTopics, OnAfterAnActOfForceIsItsTargetNotItsTopic) {
  std::optional<Event> attack =
      first_of(extract_article("2019-01-04", "Iranian-backed militias launched an attack on the U.S. embassy in Baghdad."),
               "1");
  ASSERT_TRUE(attack);
  EXPECT_TRUE(attack->topics.empty());
}

TEST(EventTopics, OnThatTakesTheTargetIsNoTopic) {
  // "put pressure on" takes its target with "on" (triggers.tsv), though a
  // demand is an act of words.
  auto events = extract_article("2020-01-21", "Democrats hope to put pressure on Senate Republicans to back witnesses.");
  std::optional<Event> pressure = first_of(events, "10");
  ASSERT_TRUE(pressure);
  EXPECT_TRUE(pressure->topics.empty());
}

TEST(EventTopics, ATimeOrAnAmountAfterOverIsNoTopic) {
  std::optional<Event> clashed = first_of(
      extract_article("2019-09-02", "India and Pakistan clashed over the disputed border in Kashmir on Monday."), "19");
  ASSERT_TRUE(clashed);
  EXPECT_EQ(clashed->topics, (std::vector<std::string>{"disputed border"}));
  auto weeks = extract_article("2020-07-10", "Protesters have taken to the streets over the past six weeks in Portland.");
  for (const Event& e : weeks) EXPECT_TRUE(e.topics.empty()) << e.cameo;
}

TEST(EventTopics, ACommaWithoutAListEndsTheTopic) {
  std::optional<Event> talks = first_of(
      extract_article("2018-07-25", "The United States and China negotiated over trade issues, officials said."), "04");
  ASSERT_TRUE(talks);
  EXPECT_EQ(talks->topics, (std::vector<std::string>{"trade issues"}));
}

TEST(EventTopics, AnAboutOfAnotherVerbIsNoTopic) {
  auto events = extract_article(
      "2018-02-01", "Thomas Homan warned against using occupancy licenses to learn anything about immigration status.");
  for (const Event& e : events) EXPECT_TRUE(e.topics.empty()) << e.cameo;
}

// ---- status ----

TEST(EventStatus, AnActNotYetDoneIsNegated) {
  std::optional<Event> endorse =
      first_of(extract_article("2020-03-12", "Senator Elizabeth Warren has yet to endorse Joe Biden."), "05");
  ASSERT_TRUE(endorse);
  EXPECT_EQ(endorse->status, EventStatus::kNegated);
}

TEST(EventStatus, AnActSomeoneDeniesIsNegated) {
  auto events = extract_article("2017-07-10", "The Kremlin denied that Vladimir Putin met Donald Trump in Hamburg.");
  std::optional<Event> met = first_of(events, "04");
  ASSERT_TRUE(met);
  EXPECT_EQ(met->status, EventStatus::kNegated);
  EXPECT_EQ(met->place, "Hamburg");
  // The denial itself happened, and not in Hamburg (a claim denied: 016).
  std::optional<Event> denied = first_of(events, "016");
  ASSERT_TRUE(denied);
  EXPECT_EQ(denied->status, EventStatus::kOccurred);
  EXPECT_EQ(denied->place, "");
  // What follows "and" is no longer denied.
  std::optional<Event> vowed = first_of(
      extract_article("2017-12-01", "Blake Farenthold denies that he did anything wrong and has vowed to repay the money."),
      "03");
  ASSERT_TRUE(vowed);
  EXPECT_NE(vowed->status, EventStatus::kNegated);
}

TEST(EventStatus, AnActWeighedIsPlanned) {
  for (const char* text : {"Senate Democrats are now considering accepting McConnell's offer of a vote.",
                           "President Trump is mulling a visit to Britain."}) {
    auto events = extract_article("2015-02-25", text);
    ASSERT_EQ(events.size(), 1u) << text;
    EXPECT_EQ(events[0].status, EventStatus::kPlanned) << text;
  }
}

TEST(EventStatus, WeighingIsAPlanOnlyRightBeforeTheAct) {
  auto events = extract_article(
      "2013-05-02", "Tom Marquardt considered a restraining order and asked police to intervene in 2013.");
  std::optional<Event> asked = first_of(events, "02");
  ASSERT_TRUE(asked);
  EXPECT_EQ(asked->status, EventStatus::kOccurred);
}

TEST(EventStatus, ADenialAskedForDeniesNothing) {
  auto events = extract_article("2017-05-23",
                                "Trump asked the director of national intelligence to deny that the FBI was "
                                "investigating his campaign.");
  std::optional<Event> investigating = first_of(events, "09");
  ASSERT_TRUE(investigating);
  EXPECT_EQ(investigating->status, EventStatus::kOccurred);
}

TEST(EventStatus, NotHoldingBackIsDoing) {
  for (const char* text : {"Russia did not hesitate to veto the resolution.",
                           "Vladimir Putin has never failed to praise Xi Jinping."}) {
    auto events = extract_article("2018-04-10", text);
    ASSERT_EQ(events.size(), 1u) << text;
    EXPECT_EQ(events[0].status, EventStatus::kOccurred) << text;
  }
}

TEST(EventStatus, ANegationInsideTheTriggerPhraseNegatesIt) {
  auto events = extract_article("2018-04-10", "Moscow held no talks with Kiev on Monday.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].status, EventStatus::kNegated);
}

TEST(EventStatus, ANoOfAnotherNounDoesNotNegateTheAct) {
  auto events = extract_article(
      "2018-03-16", "The allies said there was no plausible explanation for the Russian attack on Ukraine.");
  std::optional<Event> attack = first_of(events, "19");
  ASSERT_TRUE(attack);
  EXPECT_EQ(attack->status, EventStatus::kOccurred);
  EXPECT_TRUE(attack->topics.empty());  // "on Ukraine" is the target
}

TEST(EventStatus, AParticipleOfProposingIsNoPlan) {
  std::optional<Event> calling = first_of(
      extract_article("2019-09-25",
                      "Senate Republicans approved a measure proposed by Democrats calling on the White House to "
                      "release the complaint."),
      "02");
  ASSERT_TRUE(calling);
  EXPECT_EQ(calling->status, EventStatus::kOccurred);
}

}  // namespace
}  // namespace parley
