// Sides of event records on news sentences: who did the act and to whom,
// when the sentence names others near it (objects, phrases, quoted
// speakers, relative clauses).  Sentences written for these tests.
#include <gtest/gtest.h>

#include <set>

#include "test_util.h"

namespace parley {
namespace {

using test::extract_article;
using test::with_code_family;

std::string source_name(const Event& e) { return e.source.actor.name; }

// A "he"/"she" opening a new clause of the sentence goes on with the
// sentence's subject, not with the object nearer to it.
TEST(EventSides, APronounOpeningAClauseIsTheSentencesSubject) {
  auto events = extract_article("2020-07-01",
                                "Senator Mitt Romney endorsed Jon Huntsman before the primary, but he was quick to "
                                "praise Spencer Cox after his win.");
  const Event* praise = with_code_family(events, "05");
  ASSERT_NE(praise, nullptr);
  EXPECT_EQ(source_name(*praise), "Mitt Romney");
  auto colon = extract_article("2019-03-01",
                               "Governor Gretchen Whitmer has outflanked Bernie Sanders and Kamala Harris: She proposes "
                               "to sue every major oil company in Michigan.");
  const Event* sue = with_code_family(colon, "11");
  ASSERT_NE(sue, nullptr);
  EXPECT_EQ(source_name(*sue), "Gretchen Whitmer");
  // After an opening subordinate clause, the main clause's subject.
  auto subordinate = extract_article("2015-12-10",
                                     "Ted Cruz spoke in Iowa. When asked if he agreed with Donald Trump's plan, Cruz "
                                     "said it was not his policy but he declined to disavow the plan.");
  const Event* declined = with_code_family(subordinate, "12");
  ASSERT_NE(declined, nullptr);
  EXPECT_EQ(source_name(*declined), "Ted Cruz");
  // Without a new clause the nearest person is still the one meant.
  auto object = extract_article("2019-03-01", "Angela Merkel thanked Theresa May for the support she gave Ukraine.");
  for (const Event& e : object)
    if (e.cameo.rfind("07", 0) == 0) {
      EXPECT_EQ(source_name(e), "Theresa May");
    }
}

// "they're asked", "is only permitted": a passive behind a contracted
// "are" or "only" has its subject as the one who undergoes the act.
TEST(EventSides, APassiveBehindContractedAreOrOnlyHasNoDoerAsSubject) {
  auto asked = extract_article("2021-02-01",
                               "The law says workers receive double pay any time they're asked to work on Sundays.");
  EXPECT_EQ(with_code_family(asked, "02"), nullptr);
  auto permitted = extract_article("2021-02-01",
                                   "Officials said arming Ukrainians with missiles is only permitted when Congress "
                                   "votes for it.");
  EXPECT_EQ(with_code_family(permitted, "08"), nullptr);
  // The active reading is untouched.
  test::expect_event_of_family("2021-02-01", "Poland said it asked Germany to send more tanks.", "02");
}

// An actor joined by "and" to one inside a prepositional phrase is inside
// it too: no subject of the verb after the phrase.
TEST(EventSides, AnActorJoinedToOneInAPhraseIsNoSubject) {
  auto events = extract_article("2020-04-27",
                                "Bill Ackman, the investor, placed full-page ads in the Wall Street Journal and the "
                                "New York Times to warn that the economy was collapsing.");
  const Event* warn = with_code_family(events, "13");
  if (warn) {
    EXPECT_NE(source_name(*warn), "The New York Times");
  }
  // A person after a place begins a clause of its own.
  auto hosted = extract_article("2017-10-20",
                                "The ministers keep in touch. Tillerson was hosted in Moscow and Lavrov was hosted "
                                "in Washington.");
  bool lavrov_visit = false;
  for (const Event& e : hosted)
    if (e.cameo == "042" && source_name(e) == "Sergey Lavrov" && e.target.actor.country == "USA") lavrov_visit = true;
  EXPECT_TRUE(lavrov_visit);
  auto meeting = extract_article("2020-04-27",
                                 "Diplomats met in Geneva as officials of France and Germany threatened to "
                                 "sanction Iran.");
  for (const Event& e : meeting)
    if (e.cameo.rfind("1", 0) == 0) {
      EXPECT_NE(e.source.actor.country, "IRN");
    }
}

// "for alerting immigration agents and detaining a man": the actors after
// the first gerund of a series are its objects, not the doers of the last.
TEST(EventSides, TheObjectOfAnEarlierGerundDoesNotDoTheLast) {
  auto events = extract_article("2019-07-10",
                                "A sheriff in Texas suspended a deputy for calling the FBI and arresting a "
                                "teenager after a traffic stop.");
  for (const Event& e : events)
    if (e.cameo.rfind("17", 0) == 0) {
      EXPECT_NE(e.source.actor.code, "USACOP") << e.cameo;
    }
}

// Guards of that rule: a noun in "-ing" after an adjective ("its
// international standing") starts no series of gerunds.
TEST(EventSides, ANounInIngStartsNoSeriesOfGerunds) {
  auto events = extract_article("2014-08-05",
                                "Israel has also suffered a blow to its international standing, with Western nations, "
                                "including the United States, Britain and France, lamenting the cost of the war and "
                                "criticizing Israel's attacks on schools.");
  std::set<std::string> critics;
  for (const Event& e : events)
    if (e.cameo == "111") critics.insert(e.source.actor.country);
  EXPECT_EQ(critics, (std::set<std::string>{"FRA", "GBR", "USA"}));
}

// An agent's phrase ("pledges by the Justice Department and the FBI to
// crack down") names doers: the list in it stays a subject.
TEST(EventSides, AListAfterByStaysTheDoer) {
  auto events = extract_article("2015-02-11",
                                "The report includes pledges by the Justice Department and the FBI to crack down on "
                                "hacking.");
  const Event* crackdown = with_code_family(events, "17");
  ASSERT_NE(crackdown, nullptr);
  EXPECT_EQ(crackdown->source.actor.code, "USACOP");
}

// "won't support a move to censure Trump": the act completing the noun is
// proposed by another, neither the subject's nor the speaker's.
TEST(EventSides, AnActProposedInANounOneTakesAStanceOnIsNotTheirs) {
  auto events = extract_article("2017-08-22",
                                "At a town hall, Senator Mitch McConnell said he would not support a move to censure "
                                "President Trump.");
  EXPECT_EQ(with_code_family(events, "11"), nullptr);
  auto owned = extract_article("2017-08-22",
                               "Democrats in the Senate backed Chuck Schumer's move to block Republican amendments on "
                               "the budget.");
  const Event* block = with_code_family(owned, "12");
  ASSERT_NE(block, nullptr);
  EXPECT_EQ(source_name(*block), "Chuck Schumer");
}

// "asks drug companies to assist", "barred him from traveling": the object
// of asking or stopping does the act; named by no actor, the act has no
// known doer, not the asker.
TEST(EventSides, TheObjectOfAskingDoesTheAskedAct) {
  auto events = extract_article("2020-04-06",
                                "Boris Johnson was taken to hospital. Trump asked drug companies to assist the prime "
                                "minister's recovery.");
  EXPECT_EQ(with_code_family(events, "07"), nullptr);
  EXPECT_NE(with_code_family(events, "02"), nullptr);  // the request itself is Trump's
  auto barred = extract_article("2012-05-10",
                                "Republican leaders have barred him from traveling on congressional trips to Iraq.");
  for (const Event& e : barred)
    if (e.cameo == "042") {
      EXPECT_NE(e.source.actor.code, "USAPTY");
    }
  auto pressure = extract_article("2013-09-26",
                                  "Obama spoke in Maryland. He asked the public to pressure lawmakers to vote for the "
                                  "budget.");
  EXPECT_EQ(with_code_family(pressure, "10"), nullptr);
  // Named, the object is the one appealed to; the act asked of it is no
  // record of its own, whether or not the one who asks is known ("Kerry"
  // alone is nobody here).  A noun of pressure or a plan asks nothing.
  auto named = extract_article("2013-09-26", "Secretary of State John Kerry urged China to pressure North Korea.");
  const Event* appeal = with_code_family(named, "02");
  ASSERT_NE(appeal, nullptr);
  EXPECT_EQ(appeal->target.actor.country, "CHN");
  EXPECT_EQ(with_code_family(named, "10"), nullptr);
  EXPECT_EQ(with_code_family(extract_article("2013-09-26", "Kerry urged China to pressure North Korea."), "10"), nullptr);
  test::expect_event_of_family("2014-11-14",
                              "Obama spoke. Obama has been under pressure from environmentalists to reject the "
                              "project.", "12");
}

// "the number of Palestinians killed so far": the counted people underwent
// the act; they are never its doer.
TEST(EventSides, PeopleKilledSoFarAreNoDoers) {
  auto events = extract_article("2018-05-16",
                                "The number of Palestinians killed so far in the protests rose to at least 60, health "
                                "officials said.");
  for (const Event& e : events)
    if (e.cameo.rfind("19", 0) == 0) {
      EXPECT_NE(e.source.actor.country, "PSE");
    }
  // Killing someone is still the killer's act.
  auto active = extract_article("2018-05-16", "Israeli troops killed two Palestinians near the fence on Monday.");
  const Event* killing = with_code_family(active, "19");
  ASSERT_NE(killing, nullptr);
  EXPECT_EQ(killing->source.actor.country, "ISR");
}

// "the Kennedy assassination": a person's name before a noun of assault
// names the victim, not the assassin.
TEST(EventSides, ANameBeforeANounOfAssaultIsTheVictim) {
  auto events = extract_article("2014-10-01",
                                "The authors applied the same methods in their books on the Lincoln and John F. "
                                "Kennedy assassinations.");
  for (const Event& e : events)
    if (e.cameo.rfind("18", 0) == 0) {
      EXPECT_TRUE(e.source.empty()) << source_name(e);
    }
  // A longer list, joined by commas and "or", names victims all.
  auto listed = extract_article("2014-10-01",
                                "No one has explained the Anwar Sadat, Indira Gandhi or Yitzhak Rabin "
                                "assassinations to the students.");
  int victims = 0;
  for (const Event& e : listed)
    if (e.cameo.rfind("18", 0) == 0) {
      EXPECT_TRUE(e.source.empty()) << source_name(e);
      victims += !e.target.empty();
    }
  EXPECT_EQ(victims, 3);
  // A doer named before the act with "'s" is still its doer.
  auto owned = extract_article("2014-10-01", "Police arrested the gunman after Oswald's assassination of Kennedy.");
  for (const Event& e : owned)
    if (e.cameo.rfind("18", 0) == 0) {
      EXPECT_NE(e.source.actor.name, "John F. Kennedy");
    }
}

// "his" inside a relative clause on a person is that person's.
TEST(EventSides, HisInARelativeClauseIsTheDescribedPersons) {
  auto events = extract_article("2018-03-05",
                                "Nunes said there was no proof Trump met Rick Gates, the former aide who admitted "
                                "lying about his meetings with Russians.");
  const Event* meetings = nullptr;
  for (const Event& e : events)
    if (e.cameo.rfind("04", 0) == 0 && e.target.actor.country == "RUS") meetings = &e;
  ASSERT_NE(meetings, nullptr);
  EXPECT_EQ(source_name(*meetings), "Rick Gates");
}

// A participle (or a phrase such as "gunned down") right after an actor
// with "by" and a named doer after it describes that actor, who underwent
// the act, wherever the noun phrase stands in the sentence.
TEST(EventSides, AnActorDescribedByAParticipleWithItsDoerUnderwentTheAct) {
  auto gunned = extract_article("2022-04-04",
                                "Ukrainians gunned down by Russian soldiers were buried in Bucha on Monday.");
  const Event* shooting = with_code_family(gunned, "19");
  ASSERT_NE(shooting, nullptr);
  EXPECT_EQ(shooting->source.actor.country, "RUS");
  EXPECT_EQ(shooting->target.actor.country, "UKR");
  auto attacked = extract_article("2023-03-20",
                                  "Protesters attacked by police in Paris demanded the resignation of the minister.");
  for (const Event& e : attacked)
    if (e.cameo.rfind("19", 0) == 0 || e.cameo.rfind("14", 0) == 0) {
      EXPECT_EQ(e.source.actor.sector, "COP") << e.cameo;
    }
  auto killed = extract_article("2020-06-10",
                                "The families of black Americans killed by police tell their stories.");
  const Event* killing = with_code_family(killed, "19");
  ASSERT_NE(killing, nullptr);
  EXPECT_EQ(killing->source.actor.sector, "COP");
  // "retaliated by striking": "by" before a gerund names no doer.
  auto striking = extract_article("2023-10-10", "Israeli jets retaliated by striking Hamas targets in Gaza.");
  for (const Event& e : striking) EXPECT_NE(e.target.actor.country, "ISR") << e.cameo;
}

// A quote mark around a participle after "was" leaves it in the passive;
// only the first "by" after the trigger names its doer.
TEST(EventSides, AQuotedPassiveParticipleKeepsItsSubjectAsTheTarget) {
  auto smeared = extract_article("2020-05-10", "Comey claimed the FBI was \u201csmeared\u201d by President Trump.");
  const Event* attack = with_code_family(smeared, "11");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->source.actor.sector, "GOV");
  EXPECT_EQ(attack->target.actor.sector, "COP");
  auto filed = extract_article("2019-02-01",
                               "The father had been \u201cbrutally attacked by members of a gang,\u201d according to a "
                               "complaint filed by Lucia de Anda.");
  for (const Event& e : filed) EXPECT_NE(e.source.actor.name, "Lucia de Anda") << e.cameo;
  // A "by" coordinated with the first goes on naming doers.
  auto praised = extract_article("2013-05-10",
                                 "His efforts during the siege were later praised by his superiors and by President "
                                 "Barack Obama.");
  const Event* praise = with_code_family(praised, "05");
  ASSERT_NE(praise, nullptr);
  EXPECT_EQ(praise->source.actor.country, "USA");
}

// Whoever weathers, survives or repels a noun of force is its target.
TEST(EventSides, TheOneWhoWeathersAnAttackIsItsTarget) {
  auto weather = extract_article("2022-03-01", "Ukraine can weather this assault, Zelensky said.");
  for (const Event& e : weather) EXPECT_NE(e.source.actor.country, "UKR") << e.cameo;
  auto survived = extract_article("2024-04-15", "Israel survived a missile attack by Iran on Saturday night.");
  const Event* attack = with_code_family(survived, "19");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->source.actor.country, "IRN");
  EXPECT_EQ(attack->target.actor.country, "ISR");
  // The doer of a launched attack stays its source.
  auto launched = extract_article("2022-03-01", "Russia launched a massive assault on Ukraine.");
  const Event* assault = with_code_family(launched, "19");
  ASSERT_NE(assault, nullptr);
  EXPECT_EQ(assault->source.actor.country, "RUS");
}

// The participle of an arrest, an inquiry or a blame right after a common
// noun, with a phrase and no object after it, tells what the noun underwent;
// with no doer named it makes no record of the noun as the doer.
TEST(EventSides, APersonArrestedOrInvestigatedForSomethingIsNoDoer) {
  auto arrested = extract_article("2020-06-01",
                                  "CNN saw two protesters arrested after they refused to get out of the street.");
  for (const Event& e : arrested) EXPECT_NE(e.source.actor.sector, "CVL") << e.cameo;
  auto investigated = extract_article("2023-01-10", "An Iranian national investigated for spying fled to Turkey.");
  for (const Event& e : investigated) EXPECT_NE(e.source.actor.country, "IRN") << e.cameo;
  auto expelled = extract_article("2023-01-10",
                                  "Chinese diplomats expelled over the spying affair left Britain on Friday.");
  EXPECT_EQ(with_code_family(expelled, "17"), nullptr);
  // An object after a time or a place keeps the active past tense.
  auto detained = extract_article("2023-01-10", "Israeli police detained on Monday two Palestinian activists.");
  const Event* detention = with_code_family(detained, "17");
  ASSERT_NE(detention, nullptr);
  EXPECT_EQ(detention->source.actor.sector, "COP");
  // After a relative pronoun the noun phrase is the subject.
  auto whom = extract_article("2019-01-10",
                              "Sanctions followed over Andrew Brunson, an American pastor whom Turkish authorities "
                              "detained for two years.");
  const Event* held = with_code_family(whom, "17");
  ASSERT_NE(held, nullptr);
  EXPECT_EQ(held->source.actor.country, "TUR");
  // A pronoun before the participle is its subject.
  auto blamed = extract_article("2019-05-01",
                                "Ramirez said he was detained for missing a court hearing, which he "
                                "blamed on a scheduling mistake by immigration agents.");
  const Event* blame = with_code_family(blamed, "11");
  ASSERT_NE(blame, nullptr);
}

// A verb whose own subject names no actor ("the agency", "The Red Cross
// says", a count) is not done by an actor named before that subject.
TEST(EventSides, AnUnnamedSubjectOfItsOwnIsTheDoerNotAnEarlierActor) {
  auto clauses = extract_article("2020-05-01",
                                 "Courts in Ohio were closed for weeks and parole officers arrested fewer people.");
  for (const Event& e : clauses) EXPECT_NE(e.source.actor.sector, "JUD") << e.cameo;
  auto quoted = extract_article("2020-05-01",
                                "Warren answered Sanders by saying, \\\"The union has endorsed me twice.\\\"");
  EXPECT_EQ(with_code_family(quoted, "05"), nullptr);
  auto counted = extract_article("2020-05-01",
                                 "Of the 30 people who voted in the 2016 U.S. election, 21 praised Joe Biden.");
  EXPECT_EQ(with_code_family(counted, "05"), nullptr);
  auto comma = extract_article("2020-05-01", "Unlike Britain, the alliance condemned the Syrian government.");
  for (const Event& e : comma) EXPECT_NE(e.source.actor.country, "GBR") << e.cameo;
  // An actor's own subject phrase, a list of subjects, a time between the
  // subject and the verb, and an owner in a pronoun keep their doers.
  auto modifier = extract_article("2020-05-01", "Russian airstrikes killed 20 civilians in Aleppo.");
  const Event* killed = with_code_family(modifier, "19");
  ASSERT_NE(killed, nullptr);
  EXPECT_EQ(killed->source.actor.country, "RUS");
  auto list = extract_article("2020-05-01", "Merkel and her ministers praised Emmanuel Macron.");
  const Event* praise = with_code_family(list, "05");
  ASSERT_NE(praise, nullptr);
  EXPECT_EQ(source_name(*praise), "Angela Merkel");
  auto time = extract_article("2020-05-01", "Donald Trump last week met Vladimir Putin in Helsinki.");
  const Event* met = with_code_family(time, "04");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(source_name(*met), "Donald Trump");
  // A trigger read as a noun after a coordinated noun keeps its doer.
  auto noun = extract_article("2020-05-01", "Harvey Weinstein was convicted of rape and sexual assault against two women.");
  const Event* assault = with_code_family(noun, "18");
  ASSERT_NE(assault, nullptr);
  EXPECT_EQ(source_name(*assault), "Harvey Weinstein");
  auto owned = extract_article("2020-05-01", "Turkey said its jets bombed Kurdish militants in Iraq.");
  const Event* bombed = with_code_family(owned, "19");
  ASSERT_NE(bombed, nullptr);
  EXPECT_EQ(bombed->source.actor.country, "TUR");
}

// A pronoun in the object form does not do the next verb unless that verb
// is its infinitive or gerund; a subject "he" is no person its own clause
// names; a named place may qualify the object of advising.
TEST(EventSides, ObjectPronounsAndNamesLaterInTheClause) {
  auto jail = extract_article("2019-05-01",
                              "William Barr defied Congress. The police will haul him off to jail on Friday.");
  const Event* jailed = with_code_family(jail, "17");
  ASSERT_NE(jailed, nullptr);
  EXPECT_NE(source_name(*jailed), "William Barr");
  auto asked = extract_article("2019-05-01", "William Barr spoke. Donald Trump asked him to resign on Friday.");
  const Event* resign = with_code_family(asked, "02");
  ASSERT_NE(resign, nullptr);
  EXPECT_EQ(source_name(*resign), "Donald Trump");
  // Seen or heard doing it, the pronoun's person is the doer.
  auto seen = extract_article("2009-01-10",
                              "Jermayne Timmons was at the party. Witnesses saw him shoot the guard twice.");
  const Event* shot = with_code_family(seen, "19");
  ASSERT_NE(shot, nullptr);
  EXPECT_EQ(source_name(*shot), "Jermayne Timmons");
  auto heard = extract_article("2011-08-01",
                               "Warren Jeffs was convicted. A recording played him sexually assaulting a girl.");
  const Event* assault = with_code_family(heard, "18");
  ASSERT_NE(assault, nullptr);
  EXPECT_EQ(source_name(*assault), "Warren Jeffs");
  auto named = extract_article("2013-10-01",
                               "Chris Christie spoke in Trenton. He dismissed Mr. Christie's concern about tuition.");
  EXPECT_EQ(with_code_family(named, "12"), nullptr);
  auto unnamed = extract_article("2013-10-01",
                                 "Chris Christie spoke in Trenton. He dismissed the concern about tuition.");
  const Event* dismissed = with_code_family(unnamed, "12");
  ASSERT_NE(dismissed, nullptr);
  EXPECT_EQ(source_name(*dismissed), "Chris Christie");
  auto advised = extract_article("2020-06-01", "Sheriff Grady Judd advised Polk County residents to shoot looters.");
  EXPECT_EQ(with_code_family(advised, "19"), nullptr);
}

// A capital naming where an agreement was made is no side of an act on
// the agreement; the capital standing for its government still is.
TEST(EventSides, ACapitalBeforeAnAgreementIsNoTarget) {
  auto paris = extract_article("2017-06-01", "The United States will withdraw from the Paris climate agreement.");
  for (const Event& e : paris) EXPECT_NE(e.target.actor.country, "FRA") << e.cameo;
  auto minsk = extract_article("2017-06-01", "Russia has repeatedly violated the Minsk accords.");
  for (const Event& e : minsk) EXPECT_NE(e.target.actor.country, "BLR") << e.cameo;
  auto urged = extract_article("2017-06-01", "Barack Obama urged Moscow to withdraw its troops.");
  const Event* urge = with_code_family(urged, "02");
  ASSERT_NE(urge, nullptr);
  EXPECT_EQ(urge->target.actor.country, "RUS");
}

// A place or a person inside a prepositional phrase is no subject also when
// a qualifier or a title stands after the preposition ("in central Paris",
// "to Acting Secretary Chad Wolf"); a title's own "of" or "to" opens no
// phrase, and one right before a verb in -ing does that verb.
TEST(EventSides, APhraseBehindATitleOrQualifierNamesNoSubject) {
  auto letter = extract_article("2020-08-01",
                                "In a letter to Acting Secretary Chad Wolf, Pelosi called for an investigation of "
                                "the raids.");
  for (const Event& e : letter) EXPECT_NE(source_name(e), "Chad Wolf") << e.cameo;
  auto region = extract_article("2013-01-17",
                                "Islamists attacked a gas field in eastern Algeria, killing two people and seizing "
                                "hostages.");
  for (const Event& e : region)
    if (e.cameo.rfind("17", 0) == 0) {
      EXPECT_NE(e.source.actor.country, "DZA");
    }
  auto delegation = extract_article("2018-02-26",
                                    "Pyongyang's delegation met with South Korean President Moon Jae-in, and "
                                    "expressed a willingness to meet with the United States.");
  for (const Event& e : delegation) EXPECT_NE(source_name(e), "Moon Jae-in") << e.cameo;
  // The title's own prepositions.
  auto pompeo = extract_article("2019-05-04", "Secretary of State Mike Pompeo warned Iran not to pursue nuclear weapons.");
  const Event* warned = with_code_family(pompeo, "13");
  ASSERT_NE(warned, nullptr);
  EXPECT_EQ(source_name(*warned), "Mike Pompeo");
  auto huntsman = extract_article("2018-07-15", "U.S. Ambassador to Russia Jon Huntsman met Sergei Lavrov on Monday.");
  const Event* met = with_code_family(huntsman, "04");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(source_name(*met), "Jon Huntsman");
  // A weekday is no title.
  auto tuesday = extract_article("2018-07-15", "On Tuesday President Trump met Vladimir Putin.");
  const Event* meeting = with_code_family(tuesday, "04");
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(source_name(*meeting), "Donald Trump");
  // The one right before a verb in -ing does it; the addressee of a letter does not.
  auto deriding = extract_article("2016-02-05",
                                  "They kept spinning the word, with Mrs. Clinton deriding Mr. Sanders as a "
                                  "gatekeeper.");
  const Event* derided = with_code_family(deriding, "11");
  ASSERT_NE(derided, nullptr);
  EXPECT_EQ(source_name(*derided), "Clinton");
  auto against = extract_article("2019-04-11",
                                 "In April, the government unsealed an indictment against Julian Assange charging him "
                                 "with one count of conspiracy.");
  for (const Event& e : against) EXPECT_NE(source_name(e), "Julian Assange") << e.cameo;
  auto addressed = extract_article("2013-02-08",
                                   "Senator Patrick Leahy sent a letter to Barack Obama calling on him to share the "
                                   "memos.");
  for (const Event& e : addressed) EXPECT_NE(source_name(e), "Barack Obama") << e.cameo;
}

// The outlet and places of a wire dateline wrote the report: no side of it.
TEST(EventSides, ADatelineNamesNoSide) {
  auto wire = extract_article("2018-02-25",
                              "SEOUL/WASHINGTON (Reuters) - The White House said any talks with North Korea must lead "
                              "to an end to its nuclear program.");
  for (const Event& e : wire) {
    EXPECT_NE(e.source.actor.name, "Reuters") << e.cameo;
    EXPECT_NE(e.source.actor.country, "GBR") << e.cameo;
  }
  auto bowing = extract_article("2017-08-14",
                                "CHARLOTTESVILLE, Va./WASHINGTON (Reuters) - President Donald Trump denounced "
                                "neo-Nazis on Monday, bowing to mounting political pressure.");
  for (const Event& e : bowing) EXPECT_EQ(e.source.actor.name, "Donald Trump") << e.cameo;
  // An outlet named as the subject after its dateline still acts.
  // After a place the dash may be left out.
  auto nodash = extract_article("2015-04-13",
                                "Washington (CNN) In order to pursue a presidential bid, Florida Sen. Marco Rubio has "
                                "agreed not to run for re-election.");
  for (const Event& e : nodash) EXPECT_NE(e.source.actor.name, "CNN") << e.cameo;
  auto sued = extract_article("2018-11-13", "New York (CNN) CNN has filed a lawsuit against President Donald Trump.");
  const Event* lawsuit = with_code_family(sued, "11");
  ASSERT_NE(lawsuit, nullptr);
  EXPECT_EQ(lawsuit->source.actor.name, "CNN");
}

// Targets after commas alone are an apposition or a new clause's subject,
// not a list: a list closes with "and" or "or".
TEST(EventSides, ATargetListClosesWithAnd) {
  auto apposition = extract_article("2017-11-23",
                                    "Flynn's lawyer, Robert Kelner, called John Dowd, Trump's private lawyer, on "
                                    "Wednesday.");
  for (const Event& e : apposition) EXPECT_NE(e.target.actor.name, "Donald Trump") << e.cameo;
  auto speaker = extract_article("2013-01-17", "Islamists seized hostages, Algeria's interior minister said.");
  for (const Event& e : speaker) EXPECT_NE(e.target.actor.country, "DZA") << e.cameo;
  // A list closed by "and" keeps every member.
  auto list = extract_article("2016-09-05", "Barack Obama met with Vladimir Putin, Xi Jinping and Narendra Modi.");
  std::set<std::string> met;
  for (const Event& e : list)
    if (e.cameo.rfind("04", 0) == 0) met.insert(e.target.actor.name);
  EXPECT_EQ(met.size(), 3u);
  // ... also when its last member is no actor.
  auto sued = extract_article("2018-04-20",
                              "The Democratic National Committee filed a lawsuit against the Russian government, the "
                              "Trump campaign and WikiLeaks.");
  std::set<std::string> defendants;
  for (const Event& e : sued)
    if (e.cameo.rfind("11", 0) == 0) defendants.insert(e.target.actor.country + e.target.actor.name);
  EXPECT_EQ(defendants.size(), 2u);
}

// The people counted before "of" act also behind a title ("supporters of
// former President X"); "with" before one doing a verb in -ing names that
// doer only when it opens its own phrase ("cooperate with inspectors probing
// sites" leaves them the inspectors').
TEST(EventSides, CountedPeopleBehindATitleAndWithBeforeAnIngVerb) {
  auto blocked = extract_article("1999-05-01",
                                 "About 200 supporters of former President Ahmed Ben Bella blocked roads in Algiers.");
  const Event* blockade = with_code_family(blocked, "14");
  ASSERT_NE(blockade, nullptr);
  EXPECT_EQ(source_name(*blockade), "Ahmed Ben Bella");
  auto inspectors = extract_article("2002-11-16",
                                    "Jacques Chirac told Iraq that it must cooperate fully with UN inspectors probing "
                                    "suspect sites.");
  EXPECT_EQ(with_code_family(inspectors, "09"), nullptr);
  // A party tag may stand between the doer and the verb in -ing.
  auto conceding = extract_article("2012-11-10",
                                   "With Rep. Mary Bono Mack (R-Calif.) conceding defeat, five House races are yet to "
                                   "be decided.");
  const Event* conceded = with_code_family(conceding, "08");
  ASSERT_NE(conceded, nullptr);
  EXPECT_EQ(source_name(*conceded), "Mary Bono Mack");
  // A person's government acts for them; not when "the government of X"
  // itself stands in a phrase.
  auto government = extract_article("2013-04-25",
                                    "Officials said that the government of Syrian President Bashar al-Assad probably "
                                    "used chemical weapons twice in March.");
  const Event* used = with_code_family(government, "20");
  ASSERT_NE(used, nullptr);
  EXPECT_EQ(used->source.actor.country, "SYR");
  auto inside = extract_article("2013-02-05",
                                "The issue was controversial in the administration of former President George W. Bush "
                                "in the aftermath of the terrorist attacks.");
  for (const Event& e : inside) EXPECT_NE(source_name(e), "George W. Bush") << e.cameo;
}

// The speaker of a relative clause before "said" is not the one who says.
TEST(EventSides, AnAppealIsNotMadeByOneNamedInARelativeClause) {
  auto relative = extract_article("2018-09-01",
                                  "Karen Finney, who worked inside the Bill Clinton White House during the scandal, "
                                  "said Democrats should bear in mind how Republicans overplayed their hand.");
  const Event* appeal = with_code_family(relative, "02");
  ASSERT_NE(appeal, nullptr);
  EXPECT_EQ(source_name(*appeal), "Karen Finney");
}

// "should" said in a clause of its own ("when Trump argued ...") is an
// appeal by that clause's speaker, not by the sentence's first subject.
TEST(EventSides, AnAppealIsMadeByTheSpeakerOfItsOwnClause) {
  auto when = extract_article("2017-06-05",
                              "Journalist Mark Halperin said as much when President Trump argued Judge Gonzalo Curiel "
                              "should recuse himself from the case.");
  const Event* appeal = with_code_family(when, "02");
  ASSERT_NE(appeal, nullptr);
  EXPECT_EQ(source_name(*appeal), "Donald Trump");
  auto plain = extract_article("2020-11-20", "Illinois Gov. J.B. Pritzker said Michael Madigan should resign.");
  const Event* resign = with_code_family(plain, "02");
  ASSERT_NE(resign, nullptr);
  EXPECT_EQ(source_name(*resign), "J.B. Pritzker");
}

// One who speaks out against a decision not to act did not decide it.
TEST(EventSides, ANegatedActCompletingANounIsTheNounOwners) {
  auto decision = extract_article("2019-03-28",
                                  "Chicago Police Superintendent Eddie Johnson has spoken out against the decision "
                                  "not to prosecute Jussie Smollett.");
  for (const Event& e : decision) EXPECT_NE(source_name(e), "Eddie Johnson") << e.cameo;
}


// A noun act inside a phrase ("the target of attacks", "about the Khashoggi
// killing", "of the Sept. 11 attacks") or the object of a comment is not
// done by the clause's subject, also when names, dates or an adjective
// stand before the noun.
TEST(EventSides, ANounActInAPhraseIsNotTheSubjects) {
  auto target = extract_article("2019-01-06", "Mr. Trump, however, also has been the target of unprecedented attacks.");
  for (const Event& e : target) EXPECT_NE(source_name(e), "Donald Trump") << e.cameo;
  auto killing = extract_article("2018-10-20", "Erdogan spoke about the Khashoggi killing.");
  for (const Event& e : killing) EXPECT_NE(e.source.actor.country, "TUR") << e.cameo;
  auto sept = extract_article("2012-11-15", "Senate committees are looking into the handling of the Sept. 11 attacks.");
  EXPECT_EQ(with_code_family(sept, "19"), nullptr);
  auto shooting = extract_article("2015-06-19", "Obama condemned the Charleston church shooting.");
  EXPECT_EQ(with_code_family(shooting, "19"), nullptr);
  EXPECT_NE(with_code_family(shooting, "11"), nullptr);  // the condemnation stays
  // A gerund after names that takes its own object or phrase is a verb still.
  test::expect_event_of_family("2019-07-01",
                                     "The Sudanese delegation negotiating with rebels in Darfur has made a key "
                                     "concession.", "04");
  auto dismissed = extract_article("2016-03-10", "Grassley has dismissed all the Democratic attacks on him as irrelevant.");
  for (const Event& e : dismissed) EXPECT_NE(source_name(e), "Chuck Grassley") << e.cameo;
  // An "of" inside a name ("a Group of 20 summit") opens no phrase.
  auto summit = extract_article("2017-07-04",
                                "World leaders including President Trump gather in Hamburg for a Group of 20 summit.");
  const Event* gather = with_code_family(summit, "04");
  ASSERT_NE(gather, nullptr);
  EXPECT_EQ(source_name(*gather), "Donald Trump");
  // The act's own doer still does it.
  auto launched = extract_article("2018-06-01", "Russia launched attacks on Ukraine.");
  const Event* attack = with_code_family(launched, "19");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->source.actor.country, "RUS");
  EXPECT_EQ(attack->target.actor.country, "UKR");
}

// "attacks from Trump", "criticism from Democrats": the actor after "from"
// did the noun act; the subject of a verb of receiving it is its target.
TEST(EventSides, TheActorAfterFromDoesTheNounAct) {
  auto curiel = extract_article("2016-06-01",
                                "Judge Gonzalo Curiel released the documents despite sustaining repeated public "
                                "attacks from Donald Trump.");
  const Event* attacked = with_code_family(curiel, "11");
  ASSERT_NE(attacked, nullptr);
  EXPECT_EQ(source_name(*attacked), "Donald Trump");
  EXPECT_EQ(attacked->target.actor.name, "Gonzalo Curiel");
  auto responded = extract_article("2018-06-01", "Trump responded to attacks from Democrats.");
  const Event* criticism = with_code_family(responded, "11");
  ASSERT_NE(criticism, nullptr);
  EXPECT_EQ(criticism->source.actor.sector, "PTY");
  EXPECT_EQ(criticism->target.actor.name, "Donald Trump");
  auto requests = extract_article("2013-07-20",
                                  "The Justice Department agreed to requests from NAACP President Benjamin Todd "
                                  "Jealous to keep investigating.");
  for (const Event& e : requests)
    if (e.cameo.rfind("02", 0) == 0) {
      EXPECT_NE(e.source.actor.sector, "JUD");
    }
  // An outlet's inquiry is a question, no investigation.
  auto inquiry = extract_article("2018-06-01", "Garcia didn't respond to an inquiry from ProPublica.");
  EXPECT_EQ(with_code_family(inquiry, "09"), nullptr);
  // A threat from someone is mostly a danger they pose, no act.
  auto danger = extract_article("2017-07-04", "Our foreign policy must be focused on the threat from ISIL.");
  EXPECT_EQ(with_code_family(danger, "13"), nullptr);
}

// "is under investigation by the FBI": the subject undergoes the act.
TEST(EventSides, TheSubjectUndergoesANounActAfterUnder) {
  auto events = extract_article("2018-06-01", "Paul Manafort is under investigation by the FBI.");
  const Event* investigation = with_code_family(events, "09");
  ASSERT_NE(investigation, nullptr);
  EXPECT_EQ(investigation->source.actor.code, "USACOP");
  EXPECT_EQ(investigation->target.actor.name, "Paul Manafort");
}

// "met Putin's spokesman": the owner of a person named after him is not the
// one met; the owner of a thing ("Merkel's leadership") is still the target.
TEST(EventSides, TheOwnerOfAnAssociateIsNotTheTarget) {
  auto named = extract_article("2016-06-01", "Merkel met Putin's spokesman, Dmitry Peskov, on Monday.");
  const Event* met = with_code_family(named, "04");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->target.actor.name, "Dmitry Peskov");
  auto unnamed = extract_article("2016-06-01", "Merkel met Putin's spokesman on Monday.");
  for (const Event& e : unnamed) EXPECT_NE(e.target.actor.name, "Vladimir Putin") << e.cameo;
  auto former = extract_article("2016-06-01", "Obama criticized Bush's former attorney general.");
  for (const Event& e : former) EXPECT_NE(e.target.actor.name, "George W. Bush") << e.cameo;
  auto thing = extract_article("2016-06-01", "Obama praised Merkel's leadership.");
  const Event* praised = with_code_family(thing, "05");
  ASSERT_NE(praised, nullptr);
  EXPECT_EQ(praised->target.actor.name, "Angela Merkel");
}

// "traveled to Chicago with Rahm Emanuel": who went along is no target;
// "met Monday in Rome with Lavrov": the one after "with" is, past a day and
// a place.
TEST(EventSides, WithAfterAPlaceIsCompanyOrThePartnerMet) {
  auto trip = extract_article("2016-06-01", "Obama traveled to Chicago with Rahm Emanuel on Friday.");
  for (const Event& e : trip) EXPECT_NE(e.target.actor.name, "Rahm Emanuel") << e.cameo;
  auto abroad = extract_article("2019-06-01", "Trump traveled to Moscow with Mike Pompeo.");
  const Event* visit = with_code_family(abroad, "04");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->target.actor.country, "RUS");
  auto met = extract_article("2016-06-01", "John Kerry met Monday in Rome with Sergey Lavrov.");
  const Event* meeting = with_code_family(met, "04");
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(source_name(*meeting), "John Kerry");
  EXPECT_EQ(meeting->target.actor.name, "Sergey Lavrov");
}

// "resisted calls for", "did not respond to requests": the subject answers
// a demand another made, so it is not the one who made it; an owner between
// verb and noun ("rebuffed Russia's demands") is.
TEST(EventSides, WhoAnswersADemandDidNotMakeIt) {
  auto resisted = extract_article("2017-01-10",
                                  "Senate Majority Leader Mitch McConnell has so far resisted calls for a select "
                                  "committee to look into the Russian interference.");
  for (const Event& e : resisted) EXPECT_NE(source_name(e), "Mitch McConnell") << e.cameo;
  auto respond = extract_article("2019-10-01",
                                 "Last week, the White House did not respond to repeated requests for comment.");
  for (const Event& e : respond) EXPECT_NE(e.source.actor.code, "USAGOV") << e.cameo;
  auto owner = extract_article("2018-05-01", "Ukraine rebuffed Russia's demands for a ceasefire.");
  const Event* demand = with_code_family(owner, "10");
  ASSERT_NE(demand, nullptr);
  EXPECT_EQ(demand->source.actor.country, "RUS");
  // A gerund after the verb is the subject's own act.
  auto gerund = extract_article("2017-06-01", "House Majority Leader Kevin McCarthy initially resisted meeting with Kevin Spacey but agreed.");
  const Event* meeting = with_code_family(gerund, "04");
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(source_name(*meeting), "Kevin McCarthy");
  // Not a verb after "to": "refused to order" is the subject's own act.
  auto order = extract_article("2016-06-01", "Obama refused to order a strike on Syria.");
  for (const Event& e : order)
    if (e.cameo.rfind("12", 0) == 0) {
      EXPECT_EQ(source_name(e), "Barack Obama");
    }
}

}  // namespace
}  // namespace parley
