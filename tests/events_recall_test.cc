// Events that political news reports in words of speech rather than of
// diplomacy: name-calling, mockery and praise, verbal attacks, rival parties,
// and lists of actors written with articles.  Sentences written for these tests.
#include <gtest/gtest.h>

#include <set>

#include "test_util.h"

namespace parley {
namespace {

using test::extract_article;

std::vector<std::string> codes(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const Event& e : events) out.push_back(e.cameo);
  return out;
}

// Calling someone something may praise or blame them ("an excellent choice",
// "a disgrace"); it is no phone call, also with a title before the name.
TEST(EventsRecall, CallingSomeoneSomethingIsNoPhoneCall) {
  auto events = extract_article("2019-06-07",
                                "President Donald Trump called Russian President Vladimir Putin a \\\"cold and "
                                "ruthless leader\\\" on Thursday.");
  for (const Event& e : events) EXPECT_NE(e.cameo, "041");
  events = extract_article("2019-06-07", "President Donald Trump called Russian President Vladimir Putin on Thursday.");
  ASSERT_EQ(codes(events), std::vector<std::string>{"041"});
}

TEST(EventsRecall, WordsOfMockeryAndScornAreCriticism) {
  for (const char* text : {"Boris Johnson mocked Emmanuel Macron at a rally in Kent on Tuesday.",
                           "Boris Johnson hit out at Emmanuel Macron over fishing rights.",
                           "Boris Johnson took issue with Emmanuel Macron's remarks on fishing.",
                           "Boris Johnson poured scorn on Emmanuel Macron's plan for the fleet."}) {
    auto events = extract_article("2020-06-02", text);
    ASSERT_EQ(events.size(), 1u) << text;
    EXPECT_EQ(events[0].cameo, "111") << text;
    EXPECT_EQ(events[0].target.actor.country, "FRA") << text;
  }
  // "a mock trial" and "the issue of" are no criticism.
  EXPECT_TRUE(extract_article("2020-06-02", "Students held a mock trial in Paris on Tuesday.").empty());
  EXPECT_TRUE(extract_article("2020-06-02", "She took on Macron on the issue of pensions.").empty());
}

TEST(EventsRecall, TributeAndAdmirationArePraise) {
  auto events = extract_article("2013-12-10", "Barack Obama paid tribute to Nelson Mandela in Johannesburg.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "051");
  EXPECT_EQ(events[0].target.actor.name, "Nelson Mandela");
  events = extract_article("2013-12-10", "Barack Obama said he admired Nelson Mandela.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "051");
}

TEST(EventsRecall, AnAttackOnAPoliticianOrOnAPolicyIsCriticism) {
  auto events = extract_article("2016-06-22", "Donald Trump attacked Hillary Clinton's record on trade in a speech.");
  ASSERT_EQ(codes(events), std::vector<std::string>{"111"});
  events = extract_article("2005-01-24", "Tony Blair launched an attack on the cost of the Conservative plans.");
  ASSERT_EQ(codes(events), std::vector<std::string>{"111"});
  // A politician firing back answers in words; troops fire with guns.
  events = extract_article("2018-01-23", "President Donald Trump fired back at Nancy Pelosi on Tuesday.");
  ASSERT_EQ(codes(events), std::vector<std::string>{"111"});
  events = extract_article("2014-07-10", "Israeli troops fired back at Hamas gunmen in Gaza on Thursday.");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].cameo.substr(0, 2), "19");
  // Positions, bases and towns are attacked with force.
  events = extract_article("2014-07-10", "Israel attacked Hamas positions in Gaza on Thursday.");
  ASSERT_EQ(codes(events), std::vector<std::string>{"190"});
}

TEST(EventsRecall, CriticismOwnedIsDoneAndCriticismFacedIsUndergone) {
  auto events = extract_article("2019-03-05", "Germany voiced criticism of Israel's policy in the West Bank.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "111");
  EXPECT_EQ(events[0].source.actor.country, "DEU");
  EXPECT_EQ(events[0].target.actor.country, "ISR");
  events = extract_article("2019-03-05", "Germany is facing criticism for its arms exports.");
  EXPECT_TRUE(events.empty());
}

TEST(EventsRecall, TwoNamedPartiesOfOneStateAreTwoSides) {
  auto events = extract_article("2019-01-10",
                                "President Trump spoke in Washington on Wednesday. Democrats blamed Republicans "
                                "for the shutdown.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "112");
  EXPECT_EQ(events[0].source.actor.name, "Democratic Party");
  EXPECT_EQ(events[0].target.actor.name, "Republican Party");
}

// Two different people of one state are two sides, even of one sector
// and with one actor code (USALEG and USALEG); each keeps their name.
TEST(EventsRecall, TwoNamedPeopleOfOneStateAreTwoSides) {
  auto events = extract_article("2016-06-10", "President Barack Obama criticized Donald Trump on Thursday.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "111");
  EXPECT_EQ(events[0].source.actor.name, "Barack Obama");
  EXPECT_EQ(events[0].target.actor.name, "Donald Trump");
  events = extract_article("2016-06-10", "Nancy Pelosi accused Mitch McConnell of blocking the bill.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "112");
  EXPECT_EQ(events[0].source.actor.name, "Nancy Pelosi");
  EXPECT_EQ(events[0].target.actor.name, "Mitch McConnell");
  EXPECT_EQ(events[0].source.actor.code, "USALEG");
  EXPECT_EQ(events[0].target.actor.code, "USALEG");
  events = extract_article("2017-10-03", "Senate Majority Leader Mitch McConnell met with Minority Leader Chuck Schumer.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.actor.name, "Mitch McConnell");
  EXPECT_EQ(events[0].target.actor.name, "Chuck Schumer");
}

// A person and their own ministry, or their government, are one side: no
// act between them.
TEST(EventsRecall, APersonAndTheirOwnBodyStayOneSide) {
  auto events = extract_article("2019-03-05", "Sergey Lavrov and the Russian foreign ministry condemned the strike.");
  ASSERT_FALSE(events.empty());
  for (const Event& e : events) {
    EXPECT_EQ(e.cameo, "111");
    EXPECT_TRUE(e.target.actor.country.empty()) << e.source.actor.name << " -> " << e.target.actor.name;
  }
  events = extract_article("2019-03-05", "President Trump praised the White House on Monday.");
  for (const Event& e : events) EXPECT_TRUE(e.target.actor.country.empty());
}

// "Trump and Pence met with 20 surrogates": those of a coordinated subject
// who met someone with no actor's name did not meet each other; without
// such a "with" phrase, or with one of their own act ("agreed to assist
// with"), they did.
TEST(EventsRecall, SubjectsWhoMetSomeoneElseDidNotMeetEachOther) {
  for (const char* text : {"Trump and Vice President Mike Pence met on Monday with 20 outside surrogates.",
                           "Russia and China met on Monday with officials from the region."}) {
    auto events = extract_article("2019-01-09", text);
    for (const Event& e : events) EXPECT_TRUE(e.target.actor.country.empty()) << text;
  }
  auto pair = extract_article("2019-01-09", "Russia and China met on Monday.");
  ASSERT_EQ(pair.size(), 1u);
  EXPECT_EQ(pair[0].target.actor.country, "CHN");
  auto agreed = extract_article("2014-08-11",
                                "British Prime Minister David Cameron and French President Francois Hollande agreed "
                                "to assist with the airdrops.");
  const Event* agreement = test::with_code_family(agreed, "03");
  ASSERT_NE(agreement, nullptr);
  EXPECT_EQ(agreement->target.actor.country, "FRA");
}

// "Newt Gingrich, the former House speaker, urged": the name before a
// former office between commas is the one who left it, not the speaker of
// the day the article names.
TEST(EventsRecall, ANameBeforeAFormerOfficeIsItsFormerHolder) {
  auto events = extract_article("2016-10-10",
                                "Paul Ryan spoke on Sunday. And Newt Gingrich, the former House speaker, urged "
                                "voters to watch the polls.");
  const Event* urged = test::with_code_family(events, "02");
  ASSERT_NE(urged, nullptr);
  EXPECT_EQ(urged->source.actor.name, "Newt Gingrich");
  EXPECT_EQ(urged->source.actor.code, "USAELI");
  EXPECT_EQ(urged->source.actor.role, "former Speaker of the House");
}

// "Barr defended Trump's call for a wall": the call is its owner's, not
// an appeal by the one who defends it.
TEST(EventsRecall, ANounActOwnedByTheObjectIsTheOwners) {
  auto events = extract_article("2019-01-16", "On Tuesday, William Barr defended Trump's call for a wall on the border.");
  const Event* call = test::with_code_family(events, "02");
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->source.actor.name, "Donald Trump");
  const Event* defence = test::with_code_family(events, "05");
  ASSERT_NE(defence, nullptr);
  EXPECT_EQ(defence->source.actor.name, "William Barr");
  EXPECT_EQ(defence->target.actor.name, "Donald Trump");
}

TEST(EventsRecall, ListsOfActorsWithArticlesAllAct) {
  auto events = extract_article("2019-03-05", "Russia and the United States condemned the attack on Monday.");
  std::set<std::string> sources;
  for (const Event& e : events) {
    EXPECT_EQ(e.cameo, "111");
    sources.insert(e.source.actor.country);
  }
  EXPECT_EQ(sources, (std::set<std::string>{"RUS", "USA"}));
}

TEST(EventsRecall, CriticismsInOppositeDirectionsStayTwoEvents) {
  auto events = extract_article("2018-05-10",
                                "Donald Trump has mocked John McCain, while John McCain has criticized Donald Trump.");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_NE(events[0].source.actor.name, events[1].source.actor.name);
}

TEST(EventsRecall, MembersOfAPartyActForIt) {
  const std::string context = "President Obama spoke in Washington on Monday. ";
  for (const char* text : {"House Republicans blamed Obama for the shutdown.",
                           "Congressional Democrats blamed Obama for the shutdown.",
                           "Republican lawmakers blamed Obama for the shutdown."}) {
    auto events = extract_article("2013-10-08", context + text);
    ASSERT_EQ(events.size(), 1u) << text;
    EXPECT_EQ(events[0].source.actor.sector, "PTY") << text;
    EXPECT_EQ(events[0].source.actor.country, "USA") << text;
    EXPECT_EQ(events[0].target.actor.name, "Barack Obama") << text;
  }
  // Before an office or a thing the party's adjective names no actor.
  auto events = extract_article("2013-10-08", context + "Democratic objections angered the Republican president.");
  for (const Event& e : events) EXPECT_NE(e.source.actor.sector, "PTY");
  auto tories = extract_article("2005-01-24", "Tony Blair spoke in London. Tory MPs criticised Tony Blair.");
  ASSERT_EQ(tories.size(), 1u);
  EXPECT_EQ(tories[0].source.actor.name, "Conservative Party");
  tories = extract_article("2005-01-24", "Tony Blair spoke in London. A senior Tory MP criticised Tony Blair.");
  ASSERT_EQ(tories.size(), 1u);
  EXPECT_EQ(tories[0].source.actor.name, "Conservative Party");
  // A named member is the person, not the party.
  events = extract_article("2013-10-08", context + "Republican senator, John Smith, blamed Obama for the shutdown.");
  for (const Event& e : events) EXPECT_NE(e.source.actor.sector, "PTY");
}

TEST(EventsRecall, ACriticismToldWithAnAccusationOfTheSameActIsTheAccusation) {
  auto events = extract_article("2018-05-01",
                                "Benjamin Netanyahu disparaged the Iran nuclear agreement. He said Iran lied about "
                                "its weapons program.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo.substr(0, 3), "112");
  EXPECT_EQ(events[0].target.actor.country, "IRN");
}

TEST(EventsRecall, ARelativeClauseIsSkippedAndItsVerbIsDoneByWhomItDescribes) {
  auto events = extract_article("2017-07-04",
                                "Angela Merkel, who met Vladimir Putin in June, criticised Russia on Tuesday.");
  std::set<std::string> found;
  for (const Event& e : events) {
    EXPECT_EQ(e.source.actor.name, "Angela Merkel") << e.cameo;
    found.insert(e.cameo);
  }
  EXPECT_EQ(found, (std::set<std::string>{"040", "111"}));
  // The clause's own subject, or a passive, keeps the one described out.
  events = extract_article("2017-07-04", "Mosul, which Iraqi troops retook in July, was calm on Tuesday.");
  ASSERT_FALSE(events.empty());
  for (const Event& e : events) EXPECT_EQ(e.source.actor.sector, "MIL") << e.cameo;
  events = extract_article("2017-07-04", "Angela Merkel, who was criticised by Vladimir Putin, spoke on Tuesday.");
  for (const Event& e : events) EXPECT_NE(e.source.actor.name, "Angela Merkel") << e.cameo;
}

// "who was visiting Israel": a form of "be" before an -ing verb is the
// progressive, so the relative pronoun is still the verb's subject.
TEST(EventsRecall, AProgressiveVerbInARelativeClauseIsDoneByWhomItDescribes) {
  auto events = extract_article("2013-11-10",
                                "Secretary of State John Kerry, who was visiting Israel, flew to Geneva on Friday.");
  bool visit = false;
  for (const Event& e : events)
    if (e.cameo == "042") {
      visit = true;
      EXPECT_EQ(e.source.actor.country, "USA");
      EXPECT_EQ(e.target.actor.country, "ISR");
    }
  EXPECT_TRUE(visit);
}

// "and Russia imposed ...": an actor after "and" that a verb follows starts a
// new clause; it is no second target of the first act.
TEST(EventsRecall, ASubjectOfACoordinatedClauseIsNoSecondTarget) {
  auto events = extract_article("2019-03-01", "The US imposed sanctions on Iran, and Russia imposed sanctions on Ukraine.");
  std::set<std::pair<std::string, std::string>> pairs;
  for (const Event& e : events) pairs.insert({e.source.actor.country, e.target.actor.country});
  EXPECT_EQ(pairs, (std::set<std::pair<std::string, std::string>>{{"USA", "IRN"}, {"RUS", "UKR"}}));
  // A list of targets stays whole.
  events = extract_article("2019-03-01", "Angela Merkel held talks with Emmanuel Macron and Vladimir Putin in Berlin.");
  EXPECT_EQ(events.size(), 2u);
}

// Economic punishment under other names, threatened or imposed, and warnings
// handed over.
TEST(EventsRecall, DutiesAndWarningsAreCoded) {
  auto events = extract_article("2019-03-01", "China retaliated by imposing duties on US products.");
  ASSERT_EQ(codes(events), std::vector<std::string>{"163"});
  EXPECT_EQ(events[0].source.actor.country, "CHN");
  events = extract_article("2019-03-01", "President Donald Trump has threatened further tariffs on Chinese products.");
  ASSERT_EQ(codes(events), std::vector<std::string>{"132"});
  EXPECT_EQ(events[0].target.actor.country, "CHN");
  events = extract_article("2019-03-01", "Vladimir Putin issued a tough warning to the United States on Wednesday.");
  ASSERT_EQ(codes(events), std::vector<std::string>{"130"});
  EXPECT_EQ(events[0].target.actor.country, "USA");
}

// A participle after "while", "by" or "after" at the sentence's start is done
// by the subject after its comma.
TEST(EventsRecall, AParticipleAfterASubordinatingWordIsDoneByTheMainSubject) {
  auto events = extract_article("2019-02-20",
                                "While issuing a tough warning to the U.S., Vladimir Putin also claimed that Russia "
                                "wants friendly relations.");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].cameo, "130");
  EXPECT_EQ(events[0].source.actor.country, "RUS");
  EXPECT_EQ(events[0].target.actor.country, "USA");
  events = extract_article("2019-02-20", "By imposing sanctions on Iran, the United States hopes to force talks.");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].source.actor.country, "USA");
  EXPECT_EQ(events[0].target.actor.country, "IRN");
}

// An appeal for an act concerns the one who would undergo it: the owner of
// the act's noun or the actor after its "of" ("called for Mr Howard's
// resignation", "called for the impeachment of President Trump").
TEST(EventsRecall, AnAppealForAnActTargetsWhoWouldUndergoIt) {
  struct Case {
    const char* text;
    const char* target_name;
  } cases[] = {
      {"Senator Lindsey Graham called for Moore's removal from the race.", "Moore"},
      {"The Labour Party called for Mr Howard's immediate resignation.", "Howard"},
      {"Senator Elizabeth Warren called for the impeachment of President Trump on Friday.", "Donald Trump"},
  };
  for (const Case& k : cases) {
    auto events = extract_article("2019-05-03", k.text);
    ASSERT_EQ(events.size(), 1u) << k.text;
    EXPECT_EQ(events[0].target.actor.name, k.target_name) << k.text;
  }
  // What is asked for concerns nobody named: "the return of mental institutions",
  // "an end of the war in Syria" (Syria is the war's place, behind a second noun).
  for (const char* text : {"Senator Elizabeth Warren called for the return of mental institutions.",
                           "Senator Elizabeth Warren called for an end of the war in Syria."}) {
    auto events = extract_article("2019-05-03", text);
    ASSERT_EQ(events.size(), 1u) << text;
    EXPECT_TRUE(events[0].target.actor.country.empty() && events[0].target.actor.name.empty()) << text;
  }
}

// The one an appeal or demand asks to act ("for X to ...") is its target,
// after a verb of asking or a noun ("its demand for Turkey to recognise").
TEST(EventsRecall, TheOneAskedToActIsTheAppealsTarget) {
  struct Case {
    const char* text;
    const char* target_country;
  } cases[] = {
      {"Chancellor Angela Merkel called for Russia to withdraw its troops.", "RUS"},
      {"Chancellor Angela Merkel pressed for Russia to withdraw its troops.", "RUS"},
      {"The European Union repeated its demand for Turkey to recognise Cyprus.", "TUR"},
      {"Britain renewed its call for Iran to stop enrichment.", "IRN"},
  };
  for (const Case& k : cases) {
    auto events = extract_article("2019-05-03", k.text);
    ASSERT_FALSE(events.empty()) << k.text;
    EXPECT_EQ(events[0].target.actor.country, k.target_country) << k.text;
    // The act asked for is the asked one's, and not reported as done.
    for (const Event& e : events)
      if (e.source.actor.country == k.target_country) { EXPECT_NE(e.status, EventStatus::kOccurred) << k.text; }
  }
}

// A cleft ("It was X that ...") puts the doer, or the object, before "that".
TEST(EventsRecall, TheFocusOfACleftIsTheVerbsDoerOrObject) {
  struct Case {
    const char* text;
    const char* source, * target;
  } cases[] = {
      {"It was Russia that attacked Ukraine in 2014.", "RUS", "UKR"},
      {"It was Ukraine that Russia attacked in 2014.", "RUS", "UKR"},
      {"It was Ukraine that was attacked by Russia in 2014.", "RUS", "UKR"},
      {"It was the European Union that imposed sanctions on Iran.", "EU", "IRN"},
  };
  for (const Case& k : cases) {
    auto events = extract_article("2019-05-03", k.text);
    ASSERT_EQ(events.size(), 1u) << k.text;
    EXPECT_EQ(events[0].source.actor.country, k.source) << k.text;
    EXPECT_EQ(events[0].target.actor.country, k.target) << k.text;
  }
  // A negated focus names no doer.
  for (const Event& e : extract_article("2019-05-03", "It was not Russia that attacked Ukraine."))
    EXPECT_NE(e.source.actor.country, "RUS");
}

// A participle after "after", "before" or "while" with a name as its object
// is a verb ("after meeting Merkel"), done by the main clause's subject
// wherever the phrase stands, when the grammar leaves no doubt who that is.
TEST(EventsRecall, AParticipleWithANamedObjectIsDoneByTheMainSubject) {
  struct Case {
    const char* text;
    const char* source, * target;
  } cases[] = {
      {"After meeting Merkel on Monday, Putin flew home.", "RUS", "DEU"},
      {"After meeting with Merkel on Monday, Putin flew home.", "RUS", "DEU"},
      {"Putin flew home after meeting Merkel on Monday.", "RUS", "DEU"},
      {"Obama, after meeting Putin in Geneva, said the talks were useful.", "USA", "RUS"},
      {"Before meeting Xi in Beijing, Biden spoke to reporters.", "USA", "CHN"},
  };
  for (const Case& k : cases) {
    auto events = extract_article("2013-06-16", k.text);
    ASSERT_EQ(events.size(), 1u) << k.text;
    EXPECT_EQ(events[0].source.actor.country, k.source) << k.text;
    EXPECT_EQ(events[0].target.actor.country, k.target) << k.text;
  }
  // Two meetings: the main verb's and the participle's, both the subject's.
  auto events = extract_article("2013-06-16", "Obama met Putin after meeting Cameron.");
  ASSERT_EQ(events.size(), 2u);
  for (const Event& e : events) EXPECT_EQ(e.source.actor.country, "USA");
  // Meeting demands, or a meeting on a day, is no meeting with anyone; an
  // owner before the subject leaves it in doubt.
  for (const Event& e : extract_article("2013-06-16", "Merkel flew home after meeting Obama's demands."))
    EXPECT_NE(e.cameo.substr(0, 2), "04");
  EXPECT_TRUE(extract_article("2013-06-16", "Merkel's aide flew home after meeting Obama in Paris.").empty());
}

// "criticised the deal with Tehran": an actor behind "with" or "against"
// inside the object is the phrase's, and the phrase names the target.
TEST(EventsRecall, TheActorOfTheObjectsWithPhraseIsTheTarget) {
  struct Case {
    const char* text;
    const char* target;
  } cases[] = {
      {"Netanyahu criticised the deal with Tehran.", "IRN"},
      {"Macron criticised the sanctions against Russian banks.", "RUS"},
      {"Trump angrily denied any collusion with Russia this week.", "RUS"},
  };
  for (const Case& k : cases) {
    auto events = extract_article("2019-06-16", k.text);
    ASSERT_EQ(events.size(), 1u) << k.text;
    EXPECT_EQ(events[0].target.actor.country, k.target) << k.text;
  }
  // A place in a phrase of the object's own noun is no target.
  auto events = extract_article("2019-06-16", "Macron criticised the war in Syria.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_TRUE(events[0].target.actor.country.empty());
}

// After a verb's object, one of the verb's own prepositions still brings its
// target: "blamed the outbreak on Beijing", "demanded an apology from Turkey".
TEST(EventsRecall, TheVerbsOwnPrepositionAfterItsObjectNamesTheTarget) {
  struct Case {
    const char* text;
    const char* target;
  } cases[] = {
      {"The White House blamed the outbreak on Beijing.", "CHN"},
      {"The White House blamed Beijing for the outbreak.", "CHN"},
      {"Israel demanded an apology from Turkey.", "TUR"},
  };
  for (const Case& k : cases) {
    auto events = extract_article("2019-06-16", k.text);
    ASSERT_EQ(events.size(), 1u) << k.text;
    EXPECT_EQ(events[0].target.actor.country, k.target) << k.text;
  }
  // "at" after the object says where, not at whom.
  for (const Event& e : extract_article("2019-06-16", "Obama said he shoots skeet sometimes at Camp David."))
    EXPECT_TRUE(e.target.actor.name.empty() && e.target.actor.country.empty());
}

// A threat is aimed at the one its threatened act would be done to: the
// infinitive's object ("threatened to wipe North Korea off the map") or an
// actor of a phrase attached to it ("to cut aid to Pakistan").
TEST(EventsRecall, AThreatTargetsTheObjectOfTheThreatenedAct) {
  struct Case {
    const char* text;
    const char* target;
  } cases[] = {
      {"Trump threatened to wipe North Korea off the map.", "PRK"},
      {"Trump threatened to cut aid to Pakistan.", "PAK"},
      {"Trump threatened to retaliate against Iran.", "IRN"},
  };
  for (const Case& k : cases) {
    auto events = extract_article("2019-06-16", k.text);
    ASSERT_EQ(events.size(), 1u) << k.text;
    EXPECT_EQ(events[0].target.actor.country, k.target) << k.text;
  }
  // An intransitive act threatens nobody named after it.
  for (const Event& e : extract_article("2019-06-16", "Rosenstein threatened to resign after being ordered by Trump to act."))
    EXPECT_NE(e.target.actor.name, "Donald Trump");
}

// The owner opening a passive verb's subject is whom the act concerns, as
// the owner of an active verb's object is; not when it is the agent's side.
TEST(EventsRecall, TheOwnerOfAPassiveSubjectIsTheTarget) {
  auto events = extract_article("2019-06-16", "Iran's nuclear programme has been criticised by Israel.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.actor.country, "ISR");
  EXPECT_EQ(events[0].target.actor.country, "IRN");
  events = extract_article("2019-06-16", "Israel's nuclear programme has been defended by the Israeli government.");
  for (const Event& e : events) EXPECT_TRUE(e.target.actor.country.empty());
}

// Agents listed after "by" each did the act; two agents of a reciprocal act
// are its two sides.  A list closes with "and": commas alone may set off an
// apposition.
TEST(EventsRecall, EveryListedAgentOfAPassiveIsASide) {
  auto events = extract_article("2019-06-16", "The proposal was rejected by Germany and France.");
  std::set<std::string> sources;
  for (const Event& e : events) sources.insert(e.source.actor.country);
  EXPECT_EQ(sources, (std::set<std::string>{"DEU", "FRA"}));
  events = extract_article("2019-06-16", "The agreement was signed by Iran and the United States.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.actor.country, "IRN");
  EXPECT_EQ(events[0].target.actor.country, "USA");
  events = extract_article("2019-06-16", "The plan was rejected by Germany, the largest member of the union.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.actor.country, "DEU");
}

// Kin, a people or a death stand for the one named after their "of": "aid to
// the people of Syria", "condolences to the family of James Foley".
TEST(EventsRecall, KinAndPeopleStandForWhomTheyBelongTo) {
  auto events = extract_article("2014-08-20", "Britain sent aid to the people of Syria.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].target.actor.country, "SYR");
  events = extract_article("2014-08-20",
                           "Chuck Hagel offered his condolences to the family of American journalist James Foley.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].target.actor.name, "James Foley");
  // Another noun's "of" still ends the phrase: the capital is Syria's place.
  events = extract_article("2014-08-20", "Britain sent aid to the capital of Syria.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_NE(events[0].target.actor.country, "SYR");
}


// A judgement told as a predicate: the speaker praises or criticises the one
// it is said of (data/events/judgement_words.tsv).
TEST(EventsRecall, AJudgementSaidOfSomeoneIsPraiseOrCriticism) {
  auto events = extract_article("2004-10-15",
                                "Prime Minister Tony Blair said Robert Jackson was a \\\"decent, fair-minded and "
                                "dedicated public servant\\\".");
  ASSERT_EQ(codes(events), std::vector<std::string>{"051"});
  EXPECT_EQ(events[0].source.actor.name, "Tony Blair");
  EXPECT_EQ(events[0].target.actor.name, "Robert Jackson");
  events = extract_article("2012-08-28",
                           "\\\"Barack Obama is a special human being,\\\" Florida Sen. Marco Rubio said.");
  ASSERT_EQ(codes(events), std::vector<std::string>{"051"});
  EXPECT_EQ(events[0].source.actor.name, "Marco Rubio");
  EXPECT_EQ(events[0].target.actor.name, "Barack Obama");
  // One's own side may be judged too.
  events = extract_article("2016-09-20", "Hillary Clinton said Donald Trump is dangerous.");
  ASSERT_EQ(codes(events), std::vector<std::string>{"111"});
  EXPECT_EQ(events[0].target.actor.name, "Donald Trump");
}

TEST(EventsRecall, CallingSomeoneAPraiseOrScornWordJudgesThem) {
  auto events = extract_article("2005-03-27", "Prime Minister Tony Blair called Jim Callaghan a giant of the Labour movement.");
  ASSERT_EQ(codes(events), std::vector<std::string>{"051"});
  EXPECT_EQ(events[0].target.actor.name, "Jim Callaghan");
  events = extract_article("2016-05-03", "Senator Ted Cruz branded Donald Trump \\\"a pathological liar\\\".");
  ASSERT_EQ(codes(events), std::vector<std::string>{"111"});
  EXPECT_EQ(events[0].target.actor.name, "Donald Trump");
}

// The word must be the predicate itself: a title, an amount, a clause as
// subject or a negation make no judgement.
TEST(EventsRecall, AJudgingWordInsideAnotherPhraseJudgesNoOne) {
  for (const char* text : {"Robert Mueller was appointed special counsel in May.",
                           "Stacey Abrams called Brian Kemp a remarkable architect of voter suppression.",
                           "\\\"What the U.S. is fighting in ISIS is evil,\\\" Senator Ron Johnson said.",
                           "Senator John McCain said Vladimir Putin is not a liar."}) {
    for (const Event& e : extract_article("2019-03-01", text)) {
      EXPECT_NE(e.cameo, "051") << text;
      EXPECT_NE(e.cameo, "111") << text;
    }
  }
}

// "X said Y should act" appeals to Y (020); stepping down is a change of leader (0241).
TEST(EventsRecall, SayingAnotherShouldActIsAnAppeal) {
  auto events = extract_article("2020-07-17",
                                "Illinois Gov. J.B. Pritzker said House Speaker Michael Madigan should resign.");
  bool appeal = false;
  for (const Event& e : events)
    if (e.cameo == "0241") {
      appeal = true;
      EXPECT_EQ(e.source.actor.name, "J.B. Pritzker");
      EXPECT_EQ(e.target.actor.name, "Michael Madigan");
    }
  EXPECT_TRUE(appeal);
  events = extract_article("2014-03-10", "Chancellor Angela Merkel said Russia should withdraw its troops from Crimea.");
  bool withdraw_appeal = false;
  for (const Event& e : events) withdraw_appeal = withdraw_appeal || (e.cameo == "020" && e.target.actor.country == "RUS");
  EXPECT_TRUE(withdraw_appeal);
  // Another's thought, or a judgement of feelings, is no appeal.
  for (const char* text : {"Senator Mitt Romney said Barack Obama thinks employers should decide.",
                           "President Donald Trump said Nancy Pelosi should be ashamed."})
    for (const Event& e : extract_article("2019-03-01", text)) EXPECT_NE(e.cameo.substr(0, 2), "02") << text;
}

TEST(EventsRecall, RebuttingAnothersWordsIsCriticismOfThem) {
  for (const char* text : {"Senator John McCain on Friday countered President Donald Trump's suggestion that Kim "
                           "Jong Un was unaware.",
                           "Germany pushed back on Donald Trump's comments about NATO.",
                           "Senator John McCain rebutted Donald Trump's claims on Sunday."}) {
    auto events = extract_article("2019-03-01", text);
    ASSERT_EQ(codes(events), std::vector<std::string>{"111"}) << text;
    EXPECT_EQ(events[0].target.actor.name, "Donald Trump") << text;
  }
  // Countering a danger and pushing back a date are no rebuttal.
  for (const char* text : {"The Obama administration sought to counter terrorism in Yemen.",
                           "Barack Obama will push back his own deadline for the plan."})
    for (const Event& e : extract_article("2014-03-01", text)) EXPECT_NE(e.cameo, "111") << text;
}

TEST(EventsRecall, WelcomingAnActIsApproval) {
  auto events = extract_article("2019-03-01", "Chancellor Angela Merkel welcomed Emmanuel Macron's return.");
  ASSERT_EQ(codes(events), std::vector<std::string>{"051"});
  EXPECT_EQ(events[0].target.actor.name, "Emmanuel Macron");
}

TEST(EventsRecall, YieldingToPressureNamesWhoPressed) {
  auto events = extract_article("2019-05-24", "Theresa May has bowed to intense pressure from the Conservative Party.");
  ASSERT_EQ(codes(events), std::vector<std::string>{"080"});
  EXPECT_EQ(events[0].target.actor.name, "Conservative Party");
}

TEST(EventsRecall, ADemandThatALeaderQuitIsADemandForLeadershipChange) {
  auto events = extract_article("2005-01-01", "Liberal leader Jeremy Thorpe demanded Sir Edward Heath quit.");
  ASSERT_EQ(codes(events), std::vector<std::string>{"1041"});
  EXPECT_EQ(events[0].target.actor.name, "Edward Heath");
}

TEST(EventsRecall, FilingsAtLawAndForceAgainstCrowds) {
  EXPECT_EQ(codes(extract_article("2019-01-28", "The Justice Department filed a criminal case against Huawei.")),
            std::vector<std::string>{"115"});
  EXPECT_EQ(codes(extract_article("2017-03-08", "The Justice Department filed a request with the Supreme Court.")),
            std::vector<std::string>{"020"});
  auto events = extract_article("2019-07-27", "Russian police used batons against protesters in Moscow.");
  ASSERT_EQ(codes(events), std::vector<std::string>{"175"});
  EXPECT_EQ(events[0].source.actor.country, "RUS");
}

// "fired on Friday": dismissed on a day, not firing on anyone.
TEST(EventsRecall, FiredOnADayIsNoFiring) {
  EXPECT_TRUE(codes(extract_article("2018-03-31", "A Louisiana police officer was fired on Friday.")).empty());
  EXPECT_EQ(codes(extract_article("2018-03-31", "Israeli troops fired on Palestinian protesters on Friday.")),
            std::vector<std::string>{"190"});
}

// Praise has a direction: two people praising each other are two acts.
TEST(EventsRecall, PraiseEachWayIsTwoActs) {
  auto events = extract_article("2004-10-15",
                                "Robert Jackson said he admired Tony Blair. Tony Blair said Robert Jackson was a "
                                "decent man.");
  ASSERT_EQ(codes(events), (std::vector<std::string>{"051", "051"}));
  EXPECT_EQ(events[0].source.actor.name, "Robert Jackson");
  EXPECT_EQ(events[1].source.actor.name, "Tony Blair");
}

// A party tag after a name ends no sentence, and the relative clause after
// it is done by the one named.
TEST(EventsRecall, ARelativeClauseAfterAPartyTagIsDoneByTheOneTagged) {
  auto events = extract_article("2018-06-19",
                                "\\\"We are part of the legislative process,\\\" said Senate Appropriations Chairman "
                                "Richard Shelby (R-Ala.), who met with Donald Trump.");
  ASSERT_EQ(codes(events), std::vector<std::string>{"040"});
  EXPECT_EQ(events[0].source.actor.name, "Richard Shelby");
  EXPECT_EQ(events[0].target.actor.name, "Donald Trump");
}

// After a fronted clause with its own "he", the main clause's "he" is the
// same person, not the one named inside the clause.
TEST(EventsRecall, APronounAfterAFrontedClauseIsThatClausesSubject) {
  auto events = extract_article("2004-10-15",
                                "Robert Jackson, MP for Wantage, has defected to Labour. While saying he admired Tony "
                                "Blair's courageous leadership of the country, he bitterly criticised the Conservative "
                                "Party's stance on Europe.");
  ASSERT_EQ(codes(events), (std::vector<std::string>{"051", "111"}));
  EXPECT_EQ(events[1].source.actor.name, "Robert Jackson");
}

// Kin speak for the one they belong to, also as subjects, and a relative
// clause with a word such as "after" inside is skipped whole.
TEST(EventsRecall, KinActForWhomTheyBelongToPastARelativeClause) {
  auto events = extract_article("2019-03-01",
                                "The parents of American college student Otto Warmbier, who died after his detention "
                                "in North Korea, on Friday countered President Donald Trump's suggestion.");
  ASSERT_EQ(codes(events), std::vector<std::string>{"111"});
  EXPECT_EQ(events[0].source.actor.name, "Otto Warmbier");
  EXPECT_EQ(events[0].target.actor.name, "Donald Trump");
  events = extract_article("2019-03-01", "Otto Warmbier's parents criticised Donald Trump on Friday.");
  ASSERT_EQ(codes(events), std::vector<std::string>{"111"});
  EXPECT_EQ(events[0].source.actor.name, "Otto Warmbier");
}

// A verb joined by "and" to an earlier verb shares its subject; the earlier
// verb's object is no doer.
TEST(EventsRecall, AVerbCoordinatedByAndSharesTheSubject) {
  auto events = extract_article("2018-12-07",
                                "The government of Saudi Arabia killed a Washington Post columnist and continues to "
                                "kill civilians in Yemen.");
  bool yemen = false;
  for (const Event& e : events)
    if (e.target.actor.country == "YEM") {
      yemen = true;
      EXPECT_EQ(e.source.actor.country, "SAU");
    }
  EXPECT_TRUE(yemen);
  events = extract_article("2019-03-01", "Vladimir Putin met Angela Merkel and criticised Turkey.");
  ASSERT_EQ(codes(events), (std::vector<std::string>{"040", "111"}));
  EXPECT_EQ(events[1].source.actor.name, "Vladimir Putin");
}

// "him" right after a verb is not that verb's own subject: "Macron praised
// him" praises someone named before.
TEST(EventsRecall, AnObjectPronounIsNotItsVerbsSubject) {
  auto events = extract_article("2019-03-01",
                                "Angela Merkel met Vladimir Putin in Sochi. Emmanuel Macron later praised him.");
  ASSERT_EQ(codes(events), (std::vector<std::string>{"040", "051"}));
  EXPECT_EQ(events[1].source.actor.name, "Emmanuel Macron");
  EXPECT_EQ(events[1].target.actor.name, "Vladimir Putin");
}

}  // namespace
}  // namespace parley
