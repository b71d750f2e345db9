#include <gtest/gtest.h>

#include <set>

#include "actors/knowledge.h"
#include "events/extractor.h"
#include "output/event_writer.h"
#include "segment/segmenter.h"
#include "test_util.h"

namespace parley {
namespace {

// A document whose actors are given by hand, so that the event stage is
// tested alone: each (text, actor) marks the first occurrence of `text` at or
// after the previous mark.
struct Given {
  std::string text;
  Actor actor;
  MentionType type = MentionType::kPerson;
};

Document document(const std::string& body, const std::vector<Given>& actors,
                  const std::vector<std::pair<std::string, std::string>>& timexes = {}) {
  auto r = test::read_bytes(body, "doc.txt");
  EXPECT_EQ(r.docs.size(), 1u);
  Document doc = std::move(r.docs[0]);
  segment::segment(doc);
  size_t from = 0;
  for (const Given& g : actors) {
    size_t at = doc.text.find(g.text, from);
    EXPECT_NE(at, std::string::npos) << g.text;
    Entity e;
    e.actor = g.actor;
    e.type = g.type;
    doc.entities.push_back(e);
    doc.mentions.push_back({{static_cast<uint32_t>(at), static_cast<uint32_t>(at + g.text.size())},
                            g.type,
                            static_cast<int32_t>(doc.entities.size() - 1)});
    from = at + g.text.size();
  }
  for (const auto& [text, value] : timexes) {
    size_t at = doc.text.find(text);
    doc.timexes.push_back({{static_cast<uint32_t>(at), static_cast<uint32_t>(at + text.size())}, "DATE", value});
  }
  return doc;
}

Actor person(const char* name, const char* country) { return Actor{"", name, country, "GOV", "", ""}; }
Actor country(const char* code) { return Actor{"", "", code, "GOV", "", ""}; }

TEST(Events, SubjectMetWithObjectIsOneConsultation) {
  auto doc =
      document("On Tuesday, Tillerson met with Anatoly Antonov to discuss relations.\n",
               {{"Tillerson", person("Rex Tillerson", "USA")}, {"Anatoly Antonov", person("Anatoly Antonov", "RUS")}},
               {{"On Tuesday", "2017-10-31"}});
  auto events = events::extract_events(doc);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "040");
  EXPECT_EQ(events[0].plover, "CONSULT");
  EXPECT_EQ(events[0].source.actor.name, "Rex Tillerson");
  EXPECT_EQ(events[0].target.actor.name, "Anatoly Antonov");
  EXPECT_EQ(events[0].status, EventStatus::kOccurred);
  EXPECT_EQ(events[0].date, (Date{2017, 10, 31}));
  EXPECT_EQ(events[0].date_text, "On Tuesday");
}

// "the Trump administration" is the state, like "the United States": meetings
// with it and with the president, reported in one article, are one meeting.
TEST(Events, ALeadersAdministrationIsTheSameSideAsTheLeader) {
  Actor administration{"", "Trump administration", "USA", "GOV", "", "USAGOV"};
  auto doc = document(
      "Lavrov met with Donald Trump at the White House.\n\n"
      "Lavrov's meetings with Trump administration officials came as news broke.\n",
      {{"Lavrov", person("Sergey Lavrov", "RUS")},
       {"Donald Trump", person("Donald Trump", "USA")},
       {"Lavrov", person("Sergey Lavrov", "RUS")},
       {"Trump administration", administration, MentionType::kOrganization}});
  auto events = events::extract_events(doc);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo.substr(0, 2), "04");
  // A person is not their country's government named after another leader:
  // the sides differ when the countries differ.
  EXPECT_TRUE(actors::speaks_for_state(administration));
  EXPECT_FALSE(actors::speaks_for_state(person("Donald Trump", "USA")));
  EXPECT_FALSE(actors::speaks_for_state(Actor{"", "Government Accountability Office", "USA", "GOV", "", ""}));
}

// A word of cancelling after a verb is the act's object, not its fate:
// the agreement and the demand took place; a meeting "postponed" did not.
TEST(Events, CancellingWordsAfterAVerbDoNotNegateIt) {
  auto agreed = document("The opposition agreed with Egypt to postpone the demonstration.\n",
                         {{"opposition", Actor{"", "", "AZE", "OPP", "", "AZEOPP"}, MentionType::kOrganization},
                          {"Egypt", country("EGY")}});
  auto events = events::extract_events(agreed);
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].status, EventStatus::kOccurred);
  auto demanded = document("China demanded that the United States cancel plans to sell weapons.\n",
                           {{"China", country("CHN")}, {"United States", country("USA")}});
  events = events::extract_events(demanded);
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].cameo.substr(0, 2), "10");
  EXPECT_NE(events[0].status, EventStatus::kNegated);
  auto postponed = document("Lavrov's meeting with Tillerson was postponed.\n",
                            {{"Lavrov", person("Sergey Lavrov", "RUS")}, {"Tillerson", person("Rex Tillerson", "USA")}});
  events = events::extract_events(postponed);
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].status, EventStatus::kNegated);
}

TEST(Events, ANameInTheNextSentenceSaysWhoTheTitledEnvoyWas) {
  // The lead gives the title, the next sentence the name of someone the
  // knowledge base does not know: one meeting, with a named Swedish envoy.
  Actor envoy{"", "", "SWE", "DIP", "Ambassador", "SWEDIP"};
  auto doc = document(
      "Foreign Minister Wang Yi met with Sweden's ambassador to China amid a row over a detained publisher. "
      "On Monday, Wang met with Per Augustsson to discuss consular access.\n",
      {{"Wang Yi", person("Wang Yi", "CHN")},
       {"Sweden's ambassador", envoy},
       {"Wang", person("Wang Yi", "CHN")},
       {"Per Augustsson", person("Per Augustsson", "")}},
      {{"On Monday", "2019-02-11"}});
  auto events = events::extract_events(doc);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].target.actor.name, "Per Augustsson");
  EXPECT_EQ(events[0].target.actor.country, "SWE");
  EXPECT_EQ(events[0].target.actor.role, "Ambassador");
  EXPECT_EQ(events[0].date, (Date{2019, 2, 11}));
}

TEST(Events, APlaceAfterAPrepositionAndArticleIsNoSubject) {
  Actor white_house{"", "Government of the United States", "USA", "GOV", "", "USAGOV"};
  auto doc = document("Lavrov arrived at the White House on Wednesday for a meeting with Trump.\n",
                      {{"Lavrov", person("Sergey Lavrov", "RUS")},
                       {"White House", white_house, MentionType::kOrganization},
                       {"Trump", person("Donald Trump", "USA")}});
  auto events = events::extract_events(doc);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.actor.name, "Sergey Lavrov");
  EXPECT_EQ(events[0].target.actor.name, "Donald Trump");
}

TEST(Events, TheObjectOfAnotherActIsNotDoneByItsSubject) {
  Actor un{"", "United Nations", "UNO", "IGO", "", "UNOIGO"};
  auto doc = document("The United Nations (UN) condemned the attack on Kyiv on Monday.\n",
                      {{"United Nations", un, MentionType::kOrganization},
                       {"UN", un, MentionType::kOrganization},
                       {"Kyiv", country("UKR"), MentionType::kLocation}});
  auto events = events::extract_events(doc);
  ASSERT_EQ(events.size(), 1u);  // the condemnation; nobody named made the attack
  EXPECT_EQ(events[0].cameo.substr(0, 2), "11");
  EXPECT_EQ(events[0].source.actor.name, "United Nations");
}

TEST(Events, TheTwoAndBothSidesAreTheLastTwoNamed) {
  auto doc = document(
      "Lavrov met Tillerson in Bonn on Friday. The two discussed Ukraine. Both sides also discussed Syria.\n",
      {{"Lavrov", person("Sergey Lavrov", "RUS")},
       {"Tillerson", person("Rex Tillerson", "USA")},
       {"Ukraine", country("UKR"), MentionType::kLocation},
       {"Syria", country("SYR"), MentionType::kLocation}},
      {{"on Friday", "2017-07-07"}});
  auto events = events::extract_events(doc);
  ASSERT_EQ(events.size(), 1u);  // one meeting, with both topics
  EXPECT_EQ(events[0].topics, (std::vector<std::string>{"Ukraine", "Syria"}));
  auto states = document("Lavrov met Tillerson in Bonn, the Russian and U.S. embassies said. "
                         "The two countries are now holding talks on visas.\n",
                         {{"Lavrov", person("Sergey Lavrov", "RUS")},
                          {"Tillerson", person("Rex Tillerson", "USA")},
                          {"Russian", country("RUS"), MentionType::kLocation},
                          {"U.S.", country("USA"), MentionType::kLocation}});
  auto talks = events::extract_events(states);
  ASSERT_EQ(talks.size(), 2u);
  EXPECT_TRUE(talks[1].source.actor.name.empty());  // the states, not their ministers
  EXPECT_TRUE(talks[1].target.actor.name.empty());
}

TEST(Events, ACityThatIsNoActorIsStillThePlace) {
  auto doc = document("Lavrov met Tillerson in Bonn on Friday.\n",
                      {{"Lavrov", person("Sergey Lavrov", "RUS")}, {"Tillerson", person("Rex Tillerson", "USA")}});
  size_t at = doc.text.find("Bonn");
  doc.mentions.push_back({{static_cast<uint32_t>(at), static_cast<uint32_t>(at + 4)}, MentionType::kLocation, -1});
  auto events = events::extract_events(doc);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].place, "Bonn");
}

TEST(Events, CoordinatedSubjectsHoldTalks) {
  auto doc = document("Shannon and Kislyak held talks in Washington.\n",
                      {{"Shannon", person("Thomas Shannon", "USA")},
                       {"Kislyak", person("Sergey Kislyak", "RUS")},
                       {"Washington", Actor{"", "Washington", "USA", "", "", ""}, MentionType::kLocation}});
  auto events = events::extract_events(doc);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.actor.name, "Thomas Shannon");
  EXPECT_EQ(events[0].target.actor.name, "Sergey Kislyak");
  EXPECT_EQ(events[0].place, "Washington");
}

TEST(Events, ReportedSpeechCodesTheReportedContact) {
  auto doc = document("Lavrov said Sullivan has been in contact with Moscow to discuss the embassies.\n",
                      {{"Lavrov", person("Sergey Lavrov", "RUS")},
                       {"Sullivan", person("Jake Sullivan", "USA")},
                       {"Moscow", country("RUS"), MentionType::kLocation}});
  auto events = events::extract_events(doc);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.actor.name, "Jake Sullivan");
  EXPECT_EQ(events[0].target.actor.country, "RUS");
  EXPECT_EQ(events[0].target.actor.name, "");
}

TEST(Events, ModalityAndNegationSetTheStatus) {
  auto planned = document("Putin will meet Trump in Hamburg.\n",
                          {{"Putin", person("Vladimir Putin", "RUS")}, {"Trump", person("Donald Trump", "USA")}});
  auto e1 = events::extract_events(planned);
  ASSERT_EQ(e1.size(), 1u);
  EXPECT_EQ(e1[0].status, EventStatus::kPlanned);
  EXPECT_EQ(e1[0].cameo, "036");  // a planned meeting is an intention to meet

  auto negated = document("Putin did not meet Trump.\n",
                          {{"Putin", person("Vladimir Putin", "RUS")}, {"Trump", person("Donald Trump", "USA")}});
  auto e2 = events::extract_events(negated);
  ASSERT_EQ(e2.size(), 1u);
  EXPECT_EQ(e2[0].status, EventStatus::kNegated);

  auto question = document("Will Putin meet Trump?\n",
                           {{"Putin", person("Vladimir Putin", "RUS")}, {"Trump", person("Donald Trump", "USA")}});
  EXPECT_TRUE(events::extract_events(question).empty());
}

TEST(Events, OneMeetingOverSeveralSentencesIsOneRecord) {
  auto doc = document("Tillerson met Lavrov in Bonn.\n\nThe meeting between Tillerson and Lavrov lasted an hour.\n",
                      {{"Tillerson", person("Rex Tillerson", "USA")},
                       {"Lavrov", person("Sergey Lavrov", "RUS")},
                       {"Bonn", Actor{"", "Bonn", "DEU", "", "", ""}, MentionType::kLocation},
                       {"Tillerson", person("Rex Tillerson", "USA")},
                       {"Lavrov", person("Sergey Lavrov", "RUS")}});
  auto events = events::extract_events(doc);
  ASSERT_EQ(events.size(), 1u);
  size_t sentences = 0;
  for (const auto& ev : events[0].evidence) sentences += ev.field == "sentence";
  EXPECT_EQ(sentences, 2u);
  // Evidence spans point at the input bytes.
  for (const auto& ev : events[0].evidence)
    EXPECT_EQ(doc.input_view().substr(ev.input.begin, ev.input.size()), ev.text);
}

TEST(Events, DirectedEventsKeepTheirDirection) {
  auto doc = document("The United States imposed sanctions on Russia over the annexation.\n",
                      {{"The United States", country("USA"), MentionType::kLocation},
                       {"Russia", country("RUS"), MentionType::kLocation}});
  auto events = events::extract_events(doc);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "163");
  EXPECT_EQ(events[0].source.actor.country, "USA");
  EXPECT_EQ(events[0].target.actor.country, "RUS");
  EXPECT_EQ(events[0].quad_class, 4);
  EXPECT_LT(events[0].goldstein, -5.0);
}

TEST(Events, PassivesTurnTheRolesAround) {
  auto hosted =
      document("Mr. Tillerson was hosted in Moscow last month.\n",
               {{"Tillerson", person("Rex Tillerson", "USA")}, {"Moscow", country("RUS"), MentionType::kLocation}});
  auto e1 = events::extract_events(hosted);
  ASSERT_EQ(e1.size(), 1u);
  EXPECT_EQ(e1[0].cameo, "042");  // a visit by the one who was hosted
  EXPECT_EQ(e1[0].source.actor.name, "Rex Tillerson");
  EXPECT_EQ(e1[0].target.actor.country, "RUS");

  auto arrested =
      document("The reporter was arrested by Russia on spying charges.\n",
               {{"The reporter", person("Evan Doe", "USA")}, {"Russia", country("RUS"), MentionType::kLocation}});
  auto e2 = events::extract_events(arrested);
  ASSERT_EQ(e2.size(), 1u);
  EXPECT_EQ(e2[0].cameo, "173");
  EXPECT_EQ(e2[0].source.actor.country, "RUS");
  EXPECT_EQ(e2[0].target.actor.name, "Evan Doe");
}

TEST(Events, AdverbsBetweenTheBeFormAndTheParticipleKeepThePassive) {
  auto criticized = document("The senator has been fiercely criticized by Turkey for his remarks.\n",
                             {{"The senator", person("Ann Doe", "USA")}, {"Turkey", country("TUR")}});
  auto e1 = events::extract_events(criticized);
  ASSERT_EQ(e1.size(), 1u);
  EXPECT_EQ(e1[0].cameo, "111");
  EXPECT_EQ(e1[0].source.actor.country, "TUR");  // the doer after "by"
  EXPECT_EQ(e1[0].target.actor.name, "Ann Doe");

  auto banned = document("The preacher was also banned from the country by Egypt last year.\n",
                         {{"The preacher", person("Omar Roe", "JOR")}, {"Egypt", country("EGY")}});
  auto e2 = events::extract_events(banned);
  ASSERT_EQ(e2.size(), 1u);
  EXPECT_EQ(e2[0].source.actor.country, "EGY");
  EXPECT_EQ(e2[0].target.actor.name, "Omar Roe");

  // A participle joined to a passive one is passive too.
  auto wounded = document("Two Kenyan students were shot and wounded inside a library on Monday by Somali gunmen.\n",
                          {{"Kenyan students", country("KEN")}, {"Somali gunmen", country("SOM")}});
  for (const auto& e : events::extract_events(wounded)) {
    EXPECT_EQ(e.source.actor.country, "SOM") << e.cameo;
    EXPECT_EQ(e.target.actor.country, "KEN") << e.cameo;
  }

  // With no agent, the one who was arrested did not arrest anyone.
  auto arrested = document("The opposition leader was not arrested on Friday.\n",
                           {{"The opposition leader", person("Ali Roe", "KEN")}});
  for (const auto& e : events::extract_events(arrested)) EXPECT_NE(e.source.actor.name, "Ali Roe");
}

TEST(Events, APassiveRelativeClauseActsOnTheOneItDescribes) {
  auto smeared = document("The senator, who was smeared as a liar by Russia on Monday, resigned.\n",
                          {{"The senator", person("Ann Doe", "USA")}, {"Russia", country("RUS")}});
  auto e1 = events::extract_events(smeared);
  // The main verb after the clause is the senator's own act ("as" inside the
  // clause starts no clause of the main verb).
  ASSERT_EQ(e1.size(), 2u);
  EXPECT_EQ(e1[1].cameo, "0831");
  EXPECT_EQ(e1[1].source.actor.name, "Ann Doe");
  EXPECT_EQ(e1[0].cameo, "111");
  EXPECT_EQ(e1[0].source.actor.country, "RUS");
  EXPECT_EQ(e1[0].target.actor.name, "Ann Doe");  // not the doer, and not left out

  // "which" describes a thing: its owner stands for it.
  auto remarks = document("The minister's remarks, which were condemned by Germany, angered Poland.\n",
                          {{"The minister", person("Ivan Roe", "RUS")}, {"Germany", country("DEU")},
                           {"Poland", country("POL")}});
  bool condemned = false;
  for (const auto& e : events::extract_events(remarks))
    if (e.source.actor.country == "DEU") {
      condemned = true;
      EXPECT_EQ(e.target.actor.name, "Ivan Roe");
    }
  EXPECT_TRUE(condemned);
}

TEST(Events, APassiveAgentMayStandBehindItsTitle) {
  auto criticized = document("Senate Minority Leader Jane Roe was criticized by President John Doe on Monday.\n",
                             {{"Jane Roe", person("Jane Roe", "USA")}, {"John Doe", person("John Doe", "USA")}});
  criticized.entities[0].actor.sector = "LEG";
  criticized.entities[1].actor.sector = "GOV";
  auto e1 = events::extract_events(criticized);
  ASSERT_EQ(e1.size(), 1u);
  EXPECT_EQ(e1[0].source.actor.name, "John Doe");
  EXPECT_EQ(e1[0].target.actor.name, "Jane Roe");

  // A demonym before the title is the titled person's, who is the doer.
  auto denounced = document("Macron was denounced as a traitor by Turkish President Omer Kaya.\n",
                            {{"Macron", person("Emmanuel Macron", "FRA")},
                             {"Turkish", country("TUR"), MentionType::kMisc},
                             {"Omer Kaya", person("Omer Kaya", "TUR")}});
  auto e2 = events::extract_events(denounced);
  ASSERT_EQ(e2.size(), 1u);
  EXPECT_EQ(e2[0].source.actor.name, "Omer Kaya");
}

TEST(Events, WhoAfterABodyInAPersonsPhraseDescribesThePerson) {
  // The spokeswoman declined, not the Kremlin.
  auto declined = document("A spokeswoman for the Kremlin, who declined to be named, criticized the report.\n",
                           {{"Kremlin", country("RUS"), MentionType::kOrganization}});
  for (const auto& e : events::extract_events(declined)) EXPECT_NE(e.source.actor.country, "RUS") << e.cameo;

  // A body after a preposition with no person word before it is described.
  auto asked = document("The court rejected a request by the Justice Ministry, which had asked Kenya to help.\n",
                        {{"Justice Ministry", country("UGA"), MentionType::kOrganization}, {"Kenya", country("KEN")}});
  bool appeal = false;
  for (const auto& e : events::extract_events(asked)) appeal |= e.source.actor.country == "UGA";
  EXPECT_TRUE(appeal);
}

TEST(Events, ABodyBeforeATitleAndANameIsNoSecondParty) {
  // "Party Chairman X ... to discuss": one party, not the party meeting its chairman.
  auto discussed = document("Labour Party Chairman Tom Roe called Smith last week to discuss the vote.\n",
                            {{"Labour Party", country("GBR"), MentionType::kOrganization},
                             {"Tom Roe", person("Tom Roe", "GBR")},
                             {"Smith", person("Ann Smith", "GBR")}});
  for (const auto& e : events::extract_events(discussed)) {
    EXPECT_NE(e.source.actor.name, "") << e.cameo;  // the party is no source
    EXPECT_NE(e.target.actor.name, "Tom Roe") << e.cameo;
  }

  // The agent is the titled person after the group's name.
  auto ordered = document("The attack was ordered by Hamas leader Omar Said on Monday.\n",
                          {{"Hamas", country("PSE"), MentionType::kOrganization}, {"Omar Said", person("Omar Said", "PSE")}});
  auto e2 = events::extract_events(ordered);
  ASSERT_EQ(e2.size(), 1u);
  EXPECT_EQ(e2[0].source.actor.name, "Omar Said");
}

TEST(Events, APassiveAgentStandsBehindItsArticleAndNeedsNoActorSubject) {
  auto demolished =
      document("The Russian consulate was demolished by a Ukrainian mob on Monday.\n",
               {{"Russian", country("RUS")}, {"Ukrainian", country("UKR")}});
  auto e1 = events::extract_events(demolished);
  ASSERT_EQ(e1.size(), 1u);
  EXPECT_EQ(e1[0].source.actor.country, "UKR");  // "by a Ukrainian mob"
  EXPECT_EQ(e1[0].target.actor.country, "RUS");

  auto shelled = document("A hospital was shelled by Syrian government forces overnight.\n",
                          {{"Syrian government forces", country("SYR")}});
  auto e2 = events::extract_events(shelled);
  ASSERT_EQ(e2.size(), 1u);
  EXPECT_EQ(e2[0].source.actor.country, "SYR");  // the hospital is no actor: no target
  EXPECT_TRUE(e2[0].target.actor.country.empty());
}

TEST(Events, TheyAfterTwoSpeakersStandsForBoth) {
  auto both = document("Germany and France said on Monday they would send troops to Mali.\n",
                       {{"Germany", country("DEU")}, {"France", country("FRA")}, {"Mali", country("MLI")}});
  auto e = events::extract_events(both);
  ASSERT_EQ(e.size(), 2u);
  std::set<std::string> sources{e[0].source.actor.country, e[1].source.actor.country};
  EXPECT_EQ(sources, (std::set<std::string>{"DEU", "FRA"}));
  EXPECT_EQ(e[0].target.actor.country, "MLI");
  EXPECT_EQ(e[1].target.actor.country, "MLI");

  // "it" is one of them: only the nearest speaker.
  auto one = document("Germany and France said on Monday it would send troops to Mali.\n",
                      {{"Germany", country("DEU")}, {"France", country("FRA")}, {"Mali", country("MLI")}});
  auto e1 = events::extract_events(one);
  ASSERT_EQ(e1.size(), 1u);
  EXPECT_EQ(e1[0].source.actor.country, "FRA");
}

TEST(Events, AnOrganisationExpelledIsAWithdrawalOfCooperation) {
  Actor agency{"", "World Food Programme", "WFP", "IGO", "", "WFPIGO"};
  auto forced = document("Khartoum forced the World Food Programme, WFP, out of Darfur last year.\n",
                         {{"Khartoum", country("SDN"), MentionType::kLocation}, {"World Food Programme", agency}});
  auto e1 = events::extract_events(forced);
  ASSERT_EQ(e1.size(), 1u);
  EXPECT_EQ(e1[0].cameo, "166");  // the particle reaches over the name and its acronym
  EXPECT_EQ(e1[0].target.actor.country, "WFP");

  auto people = document("Khartoum expelled two British journalists on Monday.\n",
                         {{"Khartoum", country("SDN"), MentionType::kLocation},
                          {"British journalists", Actor{"", "", "GBR", "MED", "", "GBRMED"}}});
  auto e2 = events::extract_events(people);
  ASSERT_EQ(e2.size(), 1u);
  EXPECT_EQ(e2[0].cameo, "174");  // individuals
}

TEST(Events, BlowingUpOrBurningDownPropertyDestroysIt) {
  auto blew = document("Maoist rebels blew up a railway bridge in Jharkhand on Sunday.\n",
                       {{"Maoist rebels", Actor{"", "", "IND", "REB", "", "INDREB"}}});
  auto e1 = events::extract_events(blew);
  ASSERT_EQ(e1.size(), 1u);
  EXPECT_EQ(e1[0].cameo, "1712");
  EXPECT_EQ(e1[0].source.actor.code, "INDREB");

  auto burned = document("Settlers burned down a Palestinian school overnight.\n",
                         {{"Settlers", Actor{"", "", "ISR", "CVL", "", "ISRCVL"}}, {"Palestinian", country("PSE")}});
  auto e2 = events::extract_events(burned);
  ASSERT_EQ(e2.size(), 1u);
  EXPECT_EQ(e2[0].cameo, "1712");
}

TEST(Events, TheActOfOneSuspectedIsNotTheActOfWhoeverHoldsHim) {
  auto held = document("Serbia arrested two men suspected of attacking Kosovo police.\n",
                       {{"Serbia", country("SRB"), MentionType::kLocation},
                        {"Kosovo police", Actor{"", "", "XKX", "COP", "", "XKXCOP"}}});
  auto e = events::extract_events(held);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].cameo, "173");  // no attack by Serbia on the police

  // The act one is accused of is only alleged: the accusation is the event.
  auto accused = document("Russia accused Ukraine of shelling Donetsk.\n",
                          {{"Russia", country("RUS"), MentionType::kLocation},
                           {"Ukraine", country("UKR"), MentionType::kLocation}});
  auto e2 = events::extract_events(accused);
  ASSERT_EQ(e2.size(), 1u);
  EXPECT_EQ(e2[0].cameo.substr(0, 3), "112");
  EXPECT_EQ(e2[0].target.actor.country, "UKR");

  // The subject of "is guilty of" is the one who did it.
  auto guilty = document("The army is guilty of violating the ceasefire, monitors said.\n",
                         {{"The army", Actor{"", "", "PHL", "MIL", "", "PHLMIL"}}});
  auto e3 = events::extract_events(guilty);
  ASSERT_EQ(e3.size(), 1u);
  EXPECT_EQ(e3[0].source.actor.code, "PHLMIL");
}

TEST(Events, APhraseInThePassiveHasItsNounBeforeTheVerb) {
  auto fired = document("Two rockets were fired from Lebanon into northern Israel overnight.\n",
                        {{"Lebanon", country("LBN"), MentionType::kLocation},
                         {"Israel", country("ISR"), MentionType::kLocation}});
  auto e1 = events::extract_events(fired);
  ASSERT_EQ(e1.size(), 1u);
  EXPECT_EQ(e1[0].cameo, "194");
  EXPECT_EQ(e1[0].source.actor.country, "LBN");  // the place it came from
  EXPECT_EQ(e1[0].target.actor.country, "ISR");

  auto imposed = document("New sanctions on Iran were imposed by the EU on Monday.\n",
                          {{"Iran", country("IRN"), MentionType::kLocation},
                           {"EU", Actor{"", "European Union", "EU", "IGO", "", "EUIGO"}}});
  auto e2 = events::extract_events(imposed);
  ASSERT_EQ(e2.size(), 1u);
  EXPECT_EQ(e2[0].source.actor.country, "EU");
  EXPECT_EQ(e2[0].target.actor.country, "IRN");  // named after the fronted noun
}

TEST(Events, HelpingAnActorIsAidButHelpingDoSomethingIsThatAct) {
  auto helped = document("Iran helped the Syrian army with fuel last year.\n",
                         {{"Iran", country("IRN"), MentionType::kLocation},
                          {"Syrian army", Actor{"", "", "SYR", "MIL", "", "SYRMIL"}}});
  auto e1 = events::extract_events(helped);
  ASSERT_EQ(e1.size(), 1u);
  EXPECT_EQ(e1[0].cameo, "070");
  EXPECT_EQ(e1[0].target.actor.code, "SYRMIL");

  auto defend = document("Norway sent ships to help defend Saudi Arabia.\n",
                         {{"Norway", country("NOR"), MentionType::kLocation},
                          {"Saudi Arabia", country("SAU"), MentionType::kLocation}});
  for (const Event& e : events::extract_events(defend)) EXPECT_NE(e.cameo, "070");  // "help defend": no aid by itself
}

TEST(Events, TheSpeakersOwnForcesActForTheSpeaker) {
  auto own = document("Russia said on Monday its forces had attacked Georgia.\n",
                      {{"Russia", country("RUS"), MentionType::kLocation},
                       {"Georgia", country("GEO"), MentionType::kLocation}});
  auto e = events::extract_events(own);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].cameo, "190");
  EXPECT_EQ(e[0].source.actor.country, "RUS");
  EXPECT_EQ(e[0].target.actor.country, "GEO");
}

TEST(Events, ForcePreparedForAnAttackIsAForcePostureNotAThreat) {
  auto prepared = document("The Serbian army was preparing to shell Kosovo on Friday.\n",
                           {{"Serbian army", Actor{"", "", "SRB", "MIL", "", "SRBMIL"}},
                            {"Kosovo", country("XKX"), MentionType::kLocation}});
  auto e1 = events::extract_events(prepared);
  ASSERT_EQ(e1.size(), 1u);
  EXPECT_EQ(e1[0].cameo, "150");
  EXPECT_EQ(e1[0].status, EventStatus::kOccurred);

  auto threatened = document("Serbia threatened to shell Kosovo on Friday.\n",
                             {{"Serbia", country("SRB"), MentionType::kLocation},
                              {"Kosovo", country("XKX"), MentionType::kLocation}});
  auto e2 = events::extract_events(threatened);
  ASSERT_EQ(e2.size(), 1u);
  EXPECT_EQ(e2[0].cameo, "138");
}

TEST(Events, ASanctionAnnouncedAsDecidedIsImposedNotThreatened) {
  Given iran{"Iran", country("IRN"), MentionType::kLocation}, canada{"Canada", country("CAN"), MentionType::kLocation};
  auto decided = events::extract_events(document("Iran decided on Friday to cut ties with Canada.\n", {iran, canada}));
  ASSERT_EQ(decided.size(), 1u);
  EXPECT_EQ(decided[0].cameo, "161");
  EXPECT_EQ(decided[0].status, EventStatus::kOccurred);

  auto said = events::extract_events(document("Iran said on Friday it would cut ties with Canada.\n", {iran, canada}));
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(said[0].cameo, "132");  // a statement of what it would do: a threat

  auto conditional = events::extract_events(
      document("Iran announced it would cut ties with Canada unless the embassy reopened.\n", {iran, canada}));
  ASSERT_EQ(conditional.size(), 1u);
  EXPECT_EQ(conditional[0].cameo, "132");  // on a condition: still a threat
}

TEST(Events, AProtestSpokenIsACriticismOfWhomItNames) {
  Given russia{"Russia", country("RUS"), MentionType::kLocation};
  Given nato{"NATO", Actor{"", "North Atlantic Treaty Organization", "NATO", "IGO", "", "NATOIGO"}};
  auto spoken = events::extract_events(document("Russia protested that NATO had moved troops east.\n", {russia, nato}));
  ASSERT_FALSE(spoken.empty());
  EXPECT_EQ(spoken[0].cameo, "111");
  EXPECT_EQ(spoken[0].target.actor.country, "NATO");

  auto staged = events::extract_events(document("Russia protested against NATO on Monday.\n", {russia, nato}));
  ASSERT_EQ(staged.size(), 1u);
  EXPECT_EQ(staged[0].cameo, "140");
}

TEST(Events, AParticipleBetweenTheAndItsNounIsAnAdjective) {
  auto e = events::extract_events(
      document("Serbian troops withdrew from the besieged town of Gorazde on Tuesday.\n",
               {{"Serbian troops", Actor{"", "", "SRB", "MIL", "", "SRBMIL"}}}));
  for (const Event& x : e) EXPECT_NE(x.cameo, "191");  // "the besieged town": no blockade by the troops
}

TEST(Events, ThePossibilityOfAMeetingIsAnIntention) {
  auto doc = document(
      "Speaking about the possibility of Modi and Sharif meeting face to face, the aide said it may happen in July.\n",
      {{"Modi", person("Narendra Modi", "IND")}, {"Sharif", person("Nawaz Sharif", "PAK")}}, {{"July", "2015-07"}});
  auto events = events::extract_events(doc);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "036");
  EXPECT_EQ(events[0].status, EventStatus::kPlanned);
  EXPECT_EQ(events[0].date, (Date{2015, 7, 0}));
}

TEST(Events, CommentsNeverYieldEvents) {
  auto doc =
      document("Leaders Meet\n\nThe talks went well.\n\n  \xE2\x80\xA2 reader\n\n    Putin met Trump, I saw it.\n",
               {{"Putin", person("Vladimir Putin", "RUS")}, {"Trump", person("Donald Trump", "USA")}});
  EXPECT_TRUE(events::extract_events(doc).empty());
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

constexpr auto extract_jsonl = &test::extract_article;

// A picture's description in the style of photo agencies: "Meeting by X and
// Y, City, Country, date." names the two sides after "by", and a country
// written in two parts inside a title ("President of the United States of
// America Donald Trump") only describes the person.
TEST(Events, AMeetingByTwoSidesInACaptionStyleLineIsDated) {
  auto events = extract_jsonl("2017-05-11",
                              "Meeting by Russian Foreign Minister Sergey Lavrov and President of the United States of "
                              "America Donald Trump, Washington, US, May 10, 2017.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "040");
  std::set<std::string> sides{events[0].source.actor.name, events[0].target.actor.name};
  EXPECT_EQ(sides, (std::set<std::string>{"Sergey Lavrov", "Donald Trump"}));
  EXPECT_EQ(events[0].date, (Date{2017, 5, 10}));
}

// A noun of force made figurative by its modifier is no attack; an armed
// offensive still is one.
TEST(Events, ACharmOffensiveOrATradeWarIsNoAttack) {
  EXPECT_TRUE(extract_jsonl("2019-03-01", "China is conducting a charm offensive in Africa.").empty());
  EXPECT_TRUE(extract_jsonl("2019-03-01", "Russia launched a diplomatic offensive in Europe.").empty());
  EXPECT_TRUE(extract_jsonl("2019-03-01", "Iran and Saudi Arabia waged a war of words.").empty());
  auto armed = extract_jsonl("2019-03-01", "The Syrian army launched an offensive against rebels in Idlib.");
  ASSERT_EQ(armed.size(), 1u);
  EXPECT_EQ(armed[0].cameo.substr(0, 2), "19");
}

// Blaming someone for an attack accuses them of it; the attack is only
// alleged and is not coded as done.
TEST(Events, AnAttackSomeoneIsBlamedForIsAnAccusationOnly) {
  auto blamed = extract_jsonl("2019-03-01", "Ukraine blamed Russia for the attack on the power station.");
  ASSERT_EQ(blamed.size(), 1u);
  EXPECT_EQ(blamed[0].cameo, "112");
  EXPECT_EQ(blamed[0].target.actor.country, "RUS");
  auto violating = extract_jsonl("2019-03-01", "Ukraine accused Russia of violating the ceasefire.");
  ASSERT_EQ(violating.size(), 1u);
  EXPECT_EQ(violating[0].cameo.substr(0, 3), "112");
  // A group after "in" is no place: "investments in Chinese firms".
  auto banned = extract_jsonl("2023-06-15", "Biden signed an order banning investments in Chinese firms.");
  for (const Event& e : banned) EXPECT_EQ(e.place, "") << e.cameo;
  auto held = extract_jsonl("2019-03-01", "Israel held Hamas responsible for the attack.");
  ASSERT_EQ(held.size(), 1u);
  EXPECT_EQ(held[0].cameo, "112");
  auto done = extract_jsonl("2019-03-01", "Russia launched an attack on Ukraine.");
  ASSERT_EQ(done.size(), 1u);
  EXPECT_EQ(done[0].cameo, "190");
}

// An act the text only supposes is not coded as done.
TEST(Events, AnActOnlySupposedIsNotDone) {
  EXPECT_TRUE(extract_jsonl("2019-03-01", "Russia is thought to have attacked Georgia.").empty());
  EXPECT_TRUE(extract_jsonl("2019-03-01", "Iran allegedly bribed Iraqi officials.").empty());
  auto fired = extract_jsonl("2019-03-01", "North Korea fired a missile over Japan.");
  ASSERT_EQ(fired.size(), 1u);
  EXPECT_EQ(fired[0].cameo, "195");
  EXPECT_EQ(fired[0].target.actor.country, "JPN");
}

// A phrase's last word may be the head noun of its target group.
TEST(Events, ExpelledDiplomatsOfACountryAreItsGovernment) {
  auto expelled = extract_jsonl("2019-03-01", "Russia expelled two British diplomats on Monday.");
  ASSERT_EQ(expelled.size(), 1u);
  EXPECT_EQ(expelled[0].cameo, "166");
  EXPECT_EQ(expelled[0].target.actor.country, "GBR");
}

// Two sides that act together are marked mutual; a directed act is not.
TEST(Events, ActsDoneTogetherAreMutual) {
  auto together = extract_jsonl("2019-03-01", "Brazil and Argentina signed a trade agreement in Brasilia.");
  ASSERT_EQ(together.size(), 1u);
  EXPECT_TRUE(together[0].mutual);
  auto directed = extract_jsonl("2019-03-01", "Russia imposed sanctions on Ukraine.");
  ASSERT_EQ(directed.size(), 1u);
  EXPECT_FALSE(directed[0].mutual);
}

// The other side of a call may come inside the phrase ("spoke with X by
// phone") or after it ("spoke by phone with X").
TEST(Events, TheOtherSideOfAPhoneCallMayStandInsideThePhrase) {
  for (const char* text : {"Putin spoke with Erdogan by phone on Monday.", "Putin spoke by phone with Erdogan."}) {
    auto events = extract_jsonl("2019-03-01", text);
    ASSERT_EQ(events.size(), 1u) << text;
    EXPECT_EQ(events[0].cameo, "041");
    EXPECT_EQ(events[0].target.actor.name, "Recep Tayyip Erdoğan");
  }
}

// "discussed the war in Ukraine": Ukraine is where the war is, not where
// the two met; "met in Berlin" is at home for one side (040, not 044).
TEST(Events, ThePlaceOfASituationDiscussedIsNotTheMeetingsPlace) {
  auto discussed = extract_jsonl("2023-03-01", "Scholz and Macron discussed the war in Ukraine.");
  ASSERT_EQ(discussed.size(), 1u);
  EXPECT_EQ(discussed[0].cameo, "040");
  EXPECT_EQ(discussed[0].place, "");
  EXPECT_EQ(discussed[0].topics, (std::vector<std::string>{"war in Ukraine"}));
  auto met = extract_jsonl("2023-03-01", "Scholz and Macron met in Berlin to discuss the war in Ukraine.");
  ASSERT_EQ(met.size(), 1u);
  EXPECT_EQ(met[0].cameo, "040");
  EXPECT_EQ(met[0].place, "Berlin");
  auto abroad = extract_jsonl("2018-07-20", "Putin met Trump in Helsinki.");
  ASSERT_EQ(abroad.size(), 1u);
  EXPECT_EQ(abroad[0].cameo, "044");
}

// A meeting noun that is the subject of a verb in the future is planned, and
// "next week" dates it to the month the week lies in.
TEST(Events, AVisitThatWillHappenNextWeekIsPlannedForThatMonth) {
  auto visit = extract_jsonl("2018-07-01", "Modi's visit to Washington next week will focus on trade.");
  ASSERT_EQ(visit.size(), 1u);
  EXPECT_EQ(visit[0].status, EventStatus::kPlanned);
  EXPECT_EQ(visit[0].date, (Date{2018, 7, 0}));  // 2018-W27: 2 to 8 July
  auto straddling = extract_jsonl("2018-07-29", "Putin will visit China next week.");
  ASSERT_EQ(straddling.size(), 1u);
  EXPECT_EQ(straddling[0].date, (Date{2018, 0, 0}));  // 30 July to 5 August: only the year
  auto meeting = extract_jsonl("2018-07-01", "The meeting between Putin and Trump will take place in Helsinki.");
  ASSERT_EQ(meeting.size(), 1u);
  EXPECT_EQ(meeting[0].status, EventStatus::kPlanned);
}

// Kosovo, which has no ISO code, is XKX everywhere (the country package
// says UNK, the city package KOS).
TEST(Events, KosovoIsXKX) {
  auto events = extract_jsonl("2023-06-15", "Serbia and Kosovo held talks in Brussels.");
  ASSERT_EQ(events.size(), 1u);
  std::set<std::string> sides{events[0].source.actor.country, events[0].target.actor.country};
  EXPECT_EQ(sides, (std::set<std::string>{"SRB", "XKX"}));
}

// Making war on someone is fighting them; a trade war is not.
TEST(Events, WagingWarOnAnActorIsFighting) {
  auto war = extract_jsonl("2019-03-01", "Israel waged a war against Hamas in Gaza.");
  ASSERT_EQ(war.size(), 1u);
  EXPECT_EQ(war[0].cameo, "190");
  EXPECT_EQ(war[0].source.actor.country, "ISR");
  war = extract_jsonl("2019-03-01", "Iraq went to war with Iran in 1980.");
  ASSERT_EQ(war.size(), 1u);
  EXPECT_EQ(war[0].target.actor.country, "IRN");
  EXPECT_TRUE(extract_jsonl("2019-03-01", "Trump waged a trade war on China.").empty());
}

// Attending a gathering abroad is a visit; attending a school there is not.
TEST(Events, AttendingASummitAbroadIsAVisitAttendingSchoolIsNot) {
  auto summit = extract_jsonl("2019-03-01", "Putin attended the summit in Japan.");
  ASSERT_EQ(summit.size(), 1u);
  EXPECT_EQ(summit[0].cameo, "042");
  EXPECT_EQ(summit[0].target.actor.country, "JPN");
  EXPECT_TRUE(extract_jsonl("2019-03-01", "Kim Jong-un attended primary school in Berne.").empty());
}

TEST(Events, PronounsStandForTheNearestNamedPerson) {
  auto events = extract_jsonl("2017-05-11",
                              "Russian Foreign Minister Sergey Lavrov arrived in Washington on Tuesday. "
                              "He met Secretary of State Rex Tillerson on Wednesday.");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].cameo, "042");  // the arrival is a visit to the US
  EXPECT_EQ(events[0].target.actor.country, "USA");
  EXPECT_EQ(events[1].cameo, "040");
  EXPECT_EQ(events[1].source.actor.name, "Sergey Lavrov");
  EXPECT_EQ(events[1].target.actor.name, "Rex Tillerson");
  EXPECT_EQ(events[1].date.iso(), "2017-05-10");
}

TEST(Events, UndatedLeadEventsTakeThePublicationDateOthersStayUndated) {
  auto events = extract_jsonl("2017-05-11",
                              "Lavrov met Tillerson in Washington. The talks were long. Officials were tired. "
                              "Reporters waited outside. Earlier, Tillerson met Wang Yi in Beijing.");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].date.iso(), "2017-05-11");
  EXPECT_EQ(events[0].date_basis, "publication_date");
  EXPECT_FALSE(events[1].date.known());  // fifth sentence: not the lead, no date of its own
}

TEST(Events, AnActJudgedNowIsRetoldAndTakesNoPublicationDate) {
  // The conviction is the news; the shooting it judges happened before,
  // even where a sentence tells it without naming the trial.
  auto events = extract_jsonl("2013-09-27",
                              "A jury found John Harlow guilty of murdering Daniel Mercer in Tulsa. "
                              "Police said Harlow shot Mercer after an argument.");
  const Event* shooting = nullptr;
  for (const Event& e : events)
    if (e.cameo.rfind("18", 0) == 0 || e.cameo.rfind("19", 0) == 0) shooting = &e;
  ASSERT_NE(shooting, nullptr);
  EXPECT_FALSE(shooting->date.known());
  EXPECT_TRUE(shooting->background);
}

TEST(Events, PastPerfectAndOlderDatesInTheParagraphMarkRetoldActs) {
  auto lead = extract_jsonl("2017-05-11", "Lavrov had met Tillerson in Bonn. The talks were long.");
  ASSERT_EQ(lead.size(), 1u);
  EXPECT_FALSE(lead[0].date.known());  // "had met": before the time told of
  EXPECT_TRUE(lead[0].background);
  auto relative = extract_jsonl("2017-05-11",
                                "When the delegation had landed, Lavrov met Tillerson in Washington. The talks were long.");
  const Event* met = nullptr;
  for (const Event& e : relative)
    if (e.cameo == "040") met = &e;
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->date_basis, "publication_date");  // the other clause's "had" is not the meeting's
  auto scene = extract_jsonl("2017-05-11", "At the memorial service Lavrov met Tillerson. The talks were long.");
  ASSERT_EQ(scene.size(), 1u);
  EXPECT_EQ(scene[0].date_basis, "publication_date");  // met at a memorial, not its subject
  auto fresh = extract_jsonl("2017-05-11", "Lavrov met Tillerson in Washington. The talks were long.");
  ASSERT_EQ(fresh.size(), 1u);
  EXPECT_EQ(fresh[0].date_basis, "publication_date");
  EXPECT_FALSE(fresh[0].background);
  auto older = extract_jsonl("2017-05-11",
                             "The two sides last spoke in March 2015. Lavrov met Tillerson in Bonn then.");
  const Event* meeting = nullptr;
  for (const Event& e : older)
    if (e.cameo.rfind("04", 0) == 0) meeting = &e;  // 044: Bonn is in neither side's country
  ASSERT_NE(meeting, nullptr);
  EXPECT_NE(meeting->date.iso(), "2017-05-11");  // the paragraph tells of 2015, not of the news
}

TEST(Events, AnActAnchoredOnAnotherTakesItsDate) {
  auto events = extract_jsonl("2017-05-11",
                              "Russian Foreign Minister Sergey Lavrov met Secretary of State Rex Tillerson on "
                              "Wednesday in Washington. After his talks with Tillerson, Lavrov met President "
                              "Donald Trump at the White House.");
  const Event* trump = nullptr;
  for (const Event& e : events)
    if (e.target.actor.name == "Donald Trump") trump = &e;
  ASSERT_NE(trump, nullptr);
  EXPECT_EQ(trump->date.iso(), "2017-05-10");  // the day of the talks, not the publication date
  EXPECT_EQ(trump->date_basis, "after_event");
}

TEST(Events, TopicsAfterDiscussAndBackgroundForOldEvents) {
  auto events = extract_jsonl("2017-05-11",
                              "Lavrov met Tillerson on Wednesday to discuss Ukraine, Syria and North Korea. "
                              "In March 2014, Russia annexed Crimea.");
  ASSERT_GE(events.size(), 1u);
  EXPECT_EQ(events[0].topics, (std::vector<std::string>{"Ukraine", "Syria", "North Korea"}));
  EXPECT_FALSE(events[0].background);
  bool old_background = false;
  for (const Event& e : events) old_background |= e.cameo == "192" && e.background && e.date.iso() == "2014-03";
  EXPECT_TRUE(old_background);
}

// Finds the first event with this CAMEO code, or null.
const Event* find_code(const std::vector<Event>& events, const std::string& cameo) {
  for (const Event& e : events)
    if (e.cameo == cameo) return &e;
  return nullptr;
}

// "called on X", "appealed to X": the object after the preposition makes
// the phrase active (it is no "officials accused of ..." passive).
TEST(Events, CallingOnOrAppealingToAnActorIsAnAppeal) {
  for (const char* text : {"Germany called on Russia to withdraw its troops.", "Germany appealed to Russia to withdraw."}) {
    auto events = extract_jsonl("2019-03-01", text);
    const Event* appeal = nullptr;  // an appeal (to yield, when the withdrawal is coded too)
    for (const Event& e : events)
      if (e.cameo.rfind("02", 0) == 0 && !appeal) appeal = &e;
    ASSERT_NE(appeal, nullptr) << text;
    EXPECT_EQ(appeal->source.actor.country, "DEU");
    EXPECT_EQ(appeal->target.actor.country, "RUS");
  }
  // "called Putin on Monday" is a call, not "called on".
  auto call = extract_jsonl("2019-03-01", "Merkel called Putin on Monday.");
  ASSERT_EQ(call.size(), 1u);
  EXPECT_EQ(call[0].cameo, "041");
  // Calling someone something is naming them, not phoning.
  EXPECT_TRUE(extract_jsonl("2019-03-01", "Trump called Cruz a maniac on Tuesday.").empty());
  // To call someone out is to criticise them.
  auto out = extract_jsonl("2019-03-01", "Trump called out China over trade.");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].cameo, "111");
}

// "Wambach's arrest": the possessor was arrested; "Russia's arrest of X":
// the possessor arrested X.
TEST(Events, TheOwnerOfAnArrestWasArrestedUnlessAnOfNamesWho) {
  auto undergone = extract_jsonl("2019-03-01", "Evan Gershkovich's arrest in Moscow angered Washington.");
  const Event* arrest = find_code(undergone, "173");
  ASSERT_NE(arrest, nullptr);
  EXPECT_TRUE(arrest->source.empty());
  EXPECT_EQ(arrest->target.actor.name, "Evan Gershkovich");
  auto done = extract_jsonl("2019-03-01", "Russia's arrest of Evan Gershkovich angered Washington.");
  arrest = find_code(done, "173");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(arrest->source.actor.country, "RUS");
}

// "The two countries" are the last two states named, not a country's
// companies; nationalising them is confiscating property.
TEST(Events, TheTwoCountriesAreStatesNotTheirCompanies) {
  auto events = extract_jsonl("2019-03-01",
                              "Venezuela nationalised American oil companies in 2007. Later the United States and "
                              "Venezuela quarrelled. The two countries restored diplomatic ties in 2010.");
  const Event* seized = find_code(events, "1711");
  ASSERT_NE(seized, nullptr);
  EXPECT_EQ(seized->target.actor.code, "USABUS");
  const Event* ties = find_code(events, "054");
  ASSERT_NE(ties, nullptr);
  std::set<std::string> sides{ties->source.actor.code, ties->target.actor.code};
  EXPECT_EQ(sides, (std::set<std::string>{"USA", "VEN"}));
}

TEST(Events, UnnamedGroupsAreActorsWithTheCountryOfTheirPlace) {
  auto events = extract_jsonl("2011-02-02", "Riot police arrested dozens of protesters in Cairo on Tuesday.");
  const Event* arrest = find_code(events, "173");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(arrest->source.actor.code, "EGYCOP");
  EXPECT_EQ(arrest->target.actor.code, "EGYCVL");
  events = extract_jsonl("2011-02-02", "Rebels attacked a police station overnight.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "190");
  EXPECT_EQ(events[0].source.actor.sector, "REB");
  EXPECT_EQ(events[0].source.actor.country, "");  // no place named: no country guessed
  events = extract_jsonl("2011-02-02", "Security forces in Guinea detained three journalists.");
  ASSERT_NE(find_code(events, "173"), nullptr);
  EXPECT_EQ(find_code(events, "173")->source.actor.code, "GINCOP");
}

TEST(Events, AViolentPassiveWithoutAgentHasAnUnknownSource) {
  auto killed = document("Three soldiers were killed by a roadside bomb near Kandahar on Monday.\n",
                         {{"Three soldiers", Actor{"", "", "USA", "MIL", "", ""}, MentionType::kOrganization}});
  auto e1 = events::extract_events(killed);
  ASSERT_EQ(e1.size(), 1u);
  EXPECT_EQ(e1[0].cameo, "190");
  EXPECT_TRUE(e1[0].source.empty());  // nobody named: CAMEO's unknown actor
  EXPECT_EQ(e1[0].target.actor.country, "USA");
  std::string json;
  output::write_event_json(json, e1[0]);
  EXPECT_NE(json.find("\"source\":null"), std::string::npos) << json;
  // A cooperative act without an agent says too little, and a hoped-for
  // act without one is no news.
  auto released = document("The reporter was released on Monday.\n", {{"The reporter", person("Evan Doe", "USA")}});
  EXPECT_TRUE(events::extract_events(released).empty());
  auto hoped = document("The officials would be arrested soon.\n", {{"The officials", person("Evan Doe", "USA")}});
  EXPECT_TRUE(events::extract_events(hoped).empty());
  // The victims named inside a subject that is no actor.
  auto camp = extract_jsonl("2019-03-05", "A village of Sudanese farmers was attacked by Chadian militiamen.");
  ASSERT_EQ(camp.size(), 1u);
  EXPECT_EQ(camp[0].source.actor.country, "TCD");
  EXPECT_EQ(camp[0].target.actor.country, "SDN");
}

// The weapon after "by" is no actor: whoever fired or planted it did the act,
// and a group of no known country is still a side, by its sector.
TEST(Events, TheOneWhoFiredTheWeaponIsTheAgent) {
  auto downed = extract_jsonl("2014-07-18",
                              "The airliner was shot down by a surface-to-air missile believed to be fired by "
                              "pro-Russia rebels.");
  ASSERT_EQ(downed.size(), 1u);
  EXPECT_EQ(downed[0].source.actor.sector, "REB");
  EXPECT_TRUE(downed[0].source.actor.country.empty());
  std::string json;
  output::write_event_json(json, downed[0]);
  EXPECT_NE(json.find("\"source\":{\"name\":null,\"id\":null,\"country\":null,\"sector\":\"REB\""),
            std::string::npos)
      << json;
  auto bombed = extract_jsonl("2011-05-02", "The bus was blown up by a bomb planted by Chechen separatists.");
  ASSERT_EQ(bombed.size(), 1u);
  EXPECT_EQ(bombed[0].source.actor.country, "RUS");
  // A weapon with an actor of its own ("a bomb near the Turkish border")
  // or a second preposition is no chain to follow.
  auto near = extract_jsonl("2011-05-02", "The bus was blown up by a bomb near the Syrian border on Monday.");
  for (const Event& e : near) EXPECT_NE(e.source.actor.country, "SYR");
}

// An appeal takes the code of what it asks for.
TEST(Events, AnAppealIsCodedByWhatItAsksFor) {
  auto events = extract_jsonl("2015-06-20", "Obama asked Putin to release the prisoners.");
  EXPECT_NE(find_code(events, "025"), nullptr);  // appeal to yield
  EXPECT_EQ(find_code(events, "020"), nullptr);
  events = extract_jsonl("2015-06-20", "Obama urged Putin to help Iran.");
  EXPECT_NE(find_code(events, "023"), nullptr);  // appeal for aid
  events = extract_jsonl("2015-06-20", "Merkel urged Russia and Ukraine to hold talks.");
  ASSERT_NE(find_code(events, "026"), nullptr);  // appeal to meet, to both sides
  EXPECT_EQ(find_code(events, "020"), nullptr);
  // What no appeal code names (an attack) leaves the plain appeal.
  events = extract_jsonl("2015-06-20", "Obama urged Putin to attack Switzerland.");
  EXPECT_NE(find_code(events, "020"), nullptr);
}

// Sympathy for a misfortune somewhere goes to the people of that place.
TEST(Events, SympathyGoesToThePlaceOfTheMisfortune) {
  auto events = extract_jsonl("2018-06-20", "Merkel expressed sympathy for the victims of the earthquake in Turkey.");
  ASSERT_NE(find_code(events, "018"), nullptr);
  EXPECT_EQ(find_code(events, "018")->target.actor.country, "TUR");
  // The speaker's own country too: a president's sorrow for a shooting at home.
  events = extract_jsonl("2015-06-20", "President Obama expressed sorrow for the shootings in South Carolina.");
  ASSERT_NE(find_code(events, "018"), nullptr);
  EXPECT_EQ(find_code(events, "018")->source.actor.code, "USAGOV");
  EXPECT_EQ(find_code(events, "018")->target.actor.code, "USA");
}

// Force used by demonstrators is a violent protest (145); force against them is not.
TEST(Events, ProtestersUsingForceRiot) {
  auto events = extract_jsonl("2019-06-20", "Iraqi protesters stormed the Iranian consulate in Najaf on Wednesday.");
  ASSERT_NE(find_code(events, "145"), nullptr);
  EXPECT_EQ(find_code(events, "145")->source.actor.country, "IRQ");
  EXPECT_EQ(find_code(events, "145")->target.actor.country, "IRN");
  events = extract_jsonl("2019-06-20", "The Russian embassy was set on fire by Ukrainian demonstrators.");
  EXPECT_NE(find_code(events, "145"), nullptr);
  events = extract_jsonl("2019-06-20", "Egyptian police attacked protesters in Cairo.");
  EXPECT_EQ(find_code(events, "145"), nullptr);
  EXPECT_NE(find_code(events, "190"), nullptr);
}

// A host of talks between two others mediates (045 to each); the two meet.
TEST(Events, HostingTalksBetweenOthersIsMediation) {
  auto events = extract_jsonl("2019-06-20", "Germany hosted talks between Russia and Ukraine on Monday.");
  std::set<std::string> dyads;
  for (const Event& e : events) dyads.insert(e.cameo + " " + e.source.actor.code + ">" + e.target.actor.code);
  EXPECT_EQ(dyads, (std::set<std::string>{"045 DEU>RUS", "045 DEU>UKR", "040 RUS>UKR"}));
  // Announced: the intent to mediate (039) and the intent to meet (036).
  events = extract_jsonl("2019-06-20", "Germany will host talks between Russia and Ukraine.");
  dyads.clear();
  for (const Event& e : events) dyads.insert(e.cameo + " " + e.source.actor.code + ">" + e.target.actor.code);
  EXPECT_EQ(dyads, (std::set<std::string>{"039 DEU>RUS", "039 DEU>UKR", "036 RUS>UKR"}));
  ASSERT_NE(find_code(events, "039"), nullptr);
  EXPECT_EQ(find_code(events, "039")->intended_code, "045");
  // Waiting for talks between two others is no mediation.
  events = extract_jsonl("2019-06-20", "Germany is waiting for the talks between Russia and Ukraine.");
  EXPECT_EQ(find_code(events, "045"), nullptr);
}

// What an investigation looks into is being found out, not reported as done.
TEST(Events, AnActUnderInvestigationIsNotReportedAsDone) {
  auto events = extract_jsonl("2017-06-20", "The FBI looked into Russia's contacts with the Trump campaign.");
  EXPECT_NE(find_code(events, "090"), nullptr);
  EXPECT_EQ(find_code(events, "040"), nullptr);
  events = extract_jsonl("2017-06-20", "Investigators are looking into Russia's contacts with Trump associates.");
  EXPECT_EQ(find_code(events, "040"), nullptr);
  // The act told on its own stays one.
  events = extract_jsonl("2017-06-20", "Michael Flynn met Sergey Kislyak in December, and the FBI is investigating.");
  EXPECT_NE(find_code(events, "040"), nullptr);
  EXPECT_NE(find_code(events, "090"), nullptr);
}

// A known name in the wrong case is still the object of an act.
TEST(Events, ANameInTheWrongCaseIsAnObject) {
  auto events = extract_jsonl("2015-06-20", "The US Secretary of State wants to help iSrael.");
  ASSERT_NE(find_code(events, "033"), nullptr);
  EXPECT_EQ(find_code(events, "033")->target.actor.country, "ISR");
  // A pronoun after the verb is none: "the help she can get".
  events = extract_jsonl("2015-06-20", "Clinton could use all the help she can get, said Kevin Thurman.");
  EXPECT_TRUE(events.empty());
}

// "was on a visit to Cairo": after "be", "on" puts the visit on the subject.
TEST(Events, BeingOnAVisitIsVisiting) {
  auto events = extract_jsonl("2018-06-20", "Jordan's King Abdullah was on a visit to Egypt on Monday.");
  ASSERT_NE(find_code(events, "042"), nullptr);
  EXPECT_EQ(find_code(events, "042")->source.actor.country, "JOR");
  EXPECT_EQ(find_code(events, "042")->target.actor.country, "EGY");
  // A visit talked about is still no visit by the subject.
  events = extract_jsonl("2018-06-20", "Jordan commented on a visit to Egypt on Monday.");
  EXPECT_EQ(find_code(events, "042"), nullptr);
}

// Talks held are negotiations (046); a talk had is a conversation (040).
TEST(Events, HeldTalksAreNegotiations) {
  auto events = extract_jsonl("2018-06-20",
                              "German Chancellor Angela Merkel held talks with French President Emmanuel Macron on "
                              "Monday.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "046");
  EXPECT_EQ(events[0].plover, "CONSULT");
  events = extract_jsonl("2018-06-20", "Merkel had a long talk with Macron on Monday.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "040");
}

TEST(Events, APlannedActKeepsItsOwnCodeAsTheIntendedCode) {
  auto events = extract_jsonl("2019-03-05", "Germany will supply weapons to Poland.");
  const Event* aid = find_code(events, "033");  // the announcement: an intent to give aid
  ASSERT_NE(aid, nullptr);
  EXPECT_EQ(aid->intended_code, "072");  // the act announced: military aid
  std::string json;
  output::write_event_json(json, *aid);
  EXPECT_NE(json.find("\"cameo\":\"033\",\"intended_code\":\"072\""), std::string::npos) << json;
  // A threat carries the act threatened.
  events = extract_jsonl("2019-03-05", "Yemeni rebels threatened to storm the presidential palace in Sanaa.");
  ASSERT_NE(find_code(events, "138"), nullptr);
  EXPECT_EQ(find_code(events, "138")->intended_code, "190");
  // An act done, or refused, has none.
  events = extract_jsonl("2019-03-05", "Germany supplied weapons to Poland on Monday.");
  ASSERT_NE(find_code(events, "072"), nullptr);
  EXPECT_EQ(find_code(events, "072")->intended_code, "");
  json.clear();
  output::write_event_json(json, *find_code(events, "072"));
  EXPECT_NE(json.find("\"intended_code\":null"), std::string::npos) << json;
  events = extract_jsonl("2019-03-05", "Russia said it would not lift the sanctions on Ukraine.");
  ASSERT_NE(find_code(events, "124"), nullptr);
  EXPECT_EQ(find_code(events, "124")->intended_code, "");
}

TEST(Events, APromiseToDoAnActIsOnlyTheIntentToDoIt) {
  auto events = extract_jsonl("2019-03-05", "Congress agreed to lift sanctions on Iran.");
  ASSERT_NE(find_code(events, "035"), nullptr);
  EXPECT_EQ(find_code(events, "035")->intended_code, "085");  // easing sanctions
  EXPECT_EQ(find_code(events, "030"), nullptr);  // no second, unspecified intent
  events = extract_jsonl("2019-03-05", "Japan pledged to provide aid to Nepal.");
  ASSERT_NE(find_code(events, "033"), nullptr);  // "pledged" makes the act an intention
  EXPECT_EQ(find_code(events, "030"), nullptr);
  // A promise with no act coded after it stays a promise.
  events = extract_jsonl("2019-03-05", "Japan pledged to Nepal that it would stay neutral.");
  EXPECT_NE(find_code(events, "030"), nullptr);
}

TEST(Events, AParticipleAfterANounThatIsNoSubjectIsAPassive) {
  auto events = extract_jsonl("2019-03-05", "There were six Turkish soldiers killed in Syria on Sunday.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "190");
  EXPECT_TRUE(events[0].source.empty());  // the soldiers are the victims, not the killers
  EXPECT_EQ(events[0].target.actor.country, "TUR");
  // A subject at the start of its clause still acts.
  events = extract_jsonl("2019-03-05", "Syrian rebels attacked in force on Monday.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.actor.sector, "REB");
}

TEST(Events, EachOfAListOfSubjectsDoesAOneSidedAct) {
  auto events = extract_jsonl("2019-03-05", "The United States and Britain attacked Iraq on Monday.");
  ASSERT_EQ(events.size(), 2u);
  std::set<std::string> sources;
  for (const Event& e : events) {
    EXPECT_EQ(e.cameo, "190");
    EXPECT_EQ(e.target.actor.country, "IRQ");
    sources.insert(e.source.actor.country);
  }
  EXPECT_EQ(sources, (std::set<std::string>{"USA", "GBR"}));
  // Not across a clause: only Britain attacked.
  events = extract_jsonl("2019-03-05", "Russia and China vetoed the resolution, and Britain attacked Iraq.");
  for (const Event& e : events)
    if (e.cameo == "190") {
      EXPECT_EQ(e.source.actor.country, "GBR");
    }
}

TEST(Events, AccusationsAndInquiriesTakeTheSubCodeOfWhatTheyConcern) {
  auto events = extract_jsonl("2019-03-05", "Croatia accused Serbia of war crimes in Vukovar.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "1124");
  EXPECT_EQ(events[0].plover, "ACCUSE");
  EXPECT_EQ(events[0].target.actor.country, "SRB");  // the object inside "accuse ... of"
  events = extract_jsonl("2019-03-05", "Russia accused Britain of spying on its embassy.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "1125");
  // "accused of" with no object between is a passive: the subject is accused.
  events = extract_jsonl("2019-03-05", "Kenya, accused of harbouring rebels by Somalia, denied it.");
  const Event* accused = find_code(events, "112");
  ASSERT_NE(accused, nullptr);
  EXPECT_EQ(accused->source.actor.country, "SOM");
  EXPECT_EQ(accused->target.actor.country, "KEN");
  events = extract_jsonl("2019-03-05", "Kenya is investigating corruption at the ministry.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "091");
}

TEST(Events, AnApproximateCountBeforeTheTargetIsNoPreposition) {
  auto events = extract_jsonl("2019-03-05", "Morocco freed over 40 Algerian prisoners on Monday.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "084");
  EXPECT_EQ(events[0].target.actor.country, "DZA");
}

TEST(Events, AMeetingInNeitherSidesCountryIsAtAThirdLocation) {
  auto events = extract_jsonl("2019-03-05", "Vladimir Putin met Donald Trump in Helsinki on Monday.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "044");
  EXPECT_EQ(events[0].plover, "CONSULT");
  events = extract_jsonl("2019-03-05", "Vladimir Putin met Donald Trump in Moscow on Monday.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "040");  // at home for one side
}

TEST(Events, AnActDoneAgainIsTheAct) {
  auto events = extract_jsonl("2019-03-05", "India re-imposed a blockade on Nepal on Friday.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "191");
  EXPECT_EQ(events[0].target.actor.country, "NPL");
}

TEST(Events, SayingThatAnotherActorMustActIsADemand) {
  auto events = extract_jsonl("2019-03-05", "Russia said on Tuesday that Sudan must return the captured helicopter.");
  const Event* demand = find_code(events, "100");
  ASSERT_NE(demand, nullptr);
  EXPECT_EQ(demand->source.actor.country, "RUS");
  EXPECT_EQ(demand->target.actor.country, "SDN");
  // The demanded act has not happened.
  for (const Event& e : events)
    if (e.cameo != "100") { EXPECT_NE(e.status, EventStatus::kOccurred); }
}

TEST(Events, AnActSomeoneIsUrgedToDoHasNotHappened) {
  auto events = extract_jsonl("2019-03-05", "Germany urged Russia to release the prisoners.");
  const Event* appeal = find_code(events, "025");  // the appeal, to yield
  ASSERT_NE(appeal, nullptr);
  // The release asked for is the appeal's intended act, no act of Russia's.
  EXPECT_EQ(appeal->intended_code, "084");
  EXPECT_EQ(find_code(events, "084"), nullptr);
  ASSERT_EQ(events.size(), 1u);
  // What one wants another to do is a wish: no withdrawal, done or planned.
  events = extract_jsonl("2019-03-05", "Germany wants Russia to withdraw its troops from Georgia.");
  for (const Event& e : events) EXPECT_NE(e.cameo.substr(0, 3), "087") << e.cameo;
  events = extract_jsonl("2019-03-05", "Russia will withdraw its troops from Georgia.");
  ASSERT_FALSE(events.empty());
  for (const Event& e : events) EXPECT_NE(e.status, EventStatus::kOccurred) << e.cameo;
  // Asking to do something oneself: the act is wanted, not done.
  events = extract_jsonl("2019-03-05", "Iran asked to join the talks with Iraq.");
  EXPECT_EQ(find_code(events, "040"), nullptr);
  EXPECT_NE(find_code(events, "036"), nullptr);
}

TEST(Events, AThreatenedOrConditionalActIsAThreatNotTheAct) {
  auto events = extract_jsonl("2019-03-05", "The rebels threatened to shell the airport in Kinshasa.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "138");  // threaten military force, and no assault happened
  events = extract_jsonl("2019-03-05", "Kenya said it will withdraw its troops from Somalia unless the attacks stop.");
  ASSERT_FALSE(events.empty());
  for (const Event& e : events) EXPECT_EQ(e.cameo.substr(0, 2), "13") << e.cameo;
  // "failed to reach agreement": nothing was agreed.
  events = extract_jsonl("2019-03-05", "Japan and China failed to reach a fishing agreement on Sunday.");
  for (const Event& e : events) EXPECT_NE(e.status, EventStatus::kOccurred) << e.cameo;
}

TEST(Events, AProgressiveIsNoPassiveAndRebelsAreNotTheirState) {
  auto events = extract_jsonl("2019-03-05", "Britain is providing intelligence to Kenya.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.actor.country, "GBR");  // the doer, not the one done to
  EXPECT_EQ(events[0].target.actor.country, "KEN");
  events = extract_jsonl("2019-03-05", "Iraqi rebels demanded independence from Baghdad.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo.substr(0, 2), "10");
  EXPECT_EQ(events[0].source.actor.sector, "REB");
  EXPECT_EQ(events[0].target.actor.country, "IRQ");
}

TEST(Events, APhraseReachesOverAMeasureAndANamedRecipient) {
  auto events = extract_jsonl("2019-03-05", "Japan will provide 3,000 tons of food aid to Nepal.");
  const Event* aid = find_code(events, "033");  // intent to provide aid
  ASSERT_NE(aid, nullptr);
  EXPECT_EQ(aid->target.actor.country, "NPL");
  events = extract_jsonl("2019-03-05", "Japan gave Nepal 20 million dollars of aid.");
  ASSERT_NE(find_code(events, "070"), nullptr);
  EXPECT_EQ(find_code(events, "070")->target.actor.country, "NPL");  // the state right after the verb
  // Beyond a clause the words are no phrase.
  events = extract_jsonl("2019-03-05", "China gave a speech on Monday, and the aid arrived in Nepal.");
  EXPECT_EQ(find_code(events, "070"), nullptr);
}

TEST(Events, APhraseEndingInItsPrepositionHasTheTargetRightAfterIt) {
  auto events = extract_jsonl("2019-03-05", "Vladimir Putin arrived in Ankara on Monday.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "042");
  EXPECT_EQ(events[0].target.actor.country, "TUR");
}

TEST(Events, AWillNotOfACooperativeActIsARefusal) {
  auto events = extract_jsonl("2019-03-05", "Israel said it would not withdraw its troops from Lebanon.");
  const Event* refusal = find_code(events, "124");
  ASSERT_NE(refusal, nullptr);
  EXPECT_EQ(refusal->status, EventStatus::kOccurred);
  EXPECT_EQ(refusal->source.actor.country, "ISR");
  // A past negation is no refusal: nothing happened.
  events = extract_jsonl("2019-03-05", "Israel did not withdraw its troops from Lebanon.");
  EXPECT_EQ(find_code(events, "124"), nullptr);
}

TEST(Events, PhrasalTriggersAcrossTheCameoRoots) {
  struct Case {
    const char* text;
    const char* cameo;
  } cases[] = {
      {"Sri Lanka has established diplomatic ties with Iran.", "054"},
      {"Congress agreed to lift sanctions on Iran.", "035"},
      {"Britain mobilized army reservists on Tuesday.", "154"},
      {"Syrian activists began a hunger strike on Monday.", "142"},
      {"Riot police used tear gas to disperse the protesters in Nairobi.", "175"},
      {"Japan said on Tuesday it had halted economic aid to Serbia.", "162"},
      {"Spain extradited two suspects to Germany on Sunday.", "063"},
  };
  for (const Case& c : cases) {
    auto events = extract_jsonl("2019-03-05", c.text);
    EXPECT_NE(find_code(events, c.cameo), nullptr) << c.text;
  }
}

TEST(Events, EveryPairOfAListMeetsAndModifiedNounsAreTriggers) {
  auto events = extract_jsonl("2019-03-05", "France, Germany and Italy met in Rome on Monday.");
  EXPECT_EQ(events.size(), 3u);
  for (const Event& e : events) EXPECT_EQ(e.cameo, "040");
  events = extract_jsonl("2019-03-05", "Israeli tank shelling killed five civilians in Gaza on Friday.");
  const Event* shelling = find_code(events, "194");
  ASSERT_NE(shelling, nullptr);
  EXPECT_EQ(shelling->source.actor.country, "ISR");
  // An adverb before a verb trigger does not make it a noun.
  events = extract_jsonl("2019-03-05", "Russia quickly attacked Georgia.");
  ASSERT_NE(find_code(events, "190"), nullptr);
}

TEST(Events, PloverCategoriesFollowTheCameoToPloverTable) {
  const events::Lexicon& lex = events::default_lexicon();
  EXPECT_EQ(lex.cameo("036")->plover, "AGREE");     // an intent to meet is an agreement to
  EXPECT_EQ(lex.cameo("057")->plover, "SUPPORT");   // signing an agreement
  EXPECT_EQ(lex.cameo("054")->plover, "SUPPORT");   // diplomatic recognition
  EXPECT_EQ(lex.cameo("0871")->plover, "RETREAT");  // a ceasefire: its parent 087, not the root 08
  EXPECT_EQ(lex.cameo("0811")->plover, "CONCEDE");
  EXPECT_EQ(lex.cameo("163")->plover, "SANCTION");
}

TEST(Events, AnActOnTheActorsOwnSideKeepsItsActor) {
  auto events = extract_jsonl("2019-03-05", "Kenyan farmers said they would blockade Nairobi next week.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "138");  // announced force: a threat
  EXPECT_EQ(events[0].source.actor.country, "KEN");
  EXPECT_TRUE(events[0].target.actor.country.empty());
  // A visit to one's own country is still no visit.
  events = extract_jsonl("2019-03-05", "Kenya's president visited Kenya on Monday.");
  EXPECT_EQ(find_code(events, "042"), nullptr);
}

TEST(Events, ExercisesTogetherAreMilitaryCooperation) {
  auto events = extract_jsonl("2019-03-05", "Germany and Poland held joint naval exercises on Monday.");
  ASSERT_NE(find_code(events, "062"), nullptr);
  events = extract_jsonl("2019-03-05", "China conducted naval exercises with Russia on Monday.");
  ASSERT_NE(find_code(events, "062"), nullptr);
  events = extract_jsonl("2019-03-05", "China is conducting military drills near Taiwan.");
  ASSERT_NE(find_code(events, "150"), nullptr);  // alone: a show of force
  EXPECT_EQ(find_code(events, "062"), nullptr);
}

TEST(Events, RefusalsAndStatesOfMind) {
  auto events = extract_jsonl("2019-03-05", "Chile said it would not give permission to Peru to build the pipeline.");
  const Event* refusal = find_code(events, "124");
  ASSERT_NE(refusal, nullptr);
  EXPECT_EQ(refusal->target.actor.country, "PER");
  // "refused to release": one refusal, coded by what was refused.
  events = extract_jsonl("2019-03-05", "Turkey refused to release the Greek soldiers.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "1243");
  // "is opposed to", "is committed to": a present "be" with its participle.
  events = extract_jsonl("2019-03-05", "Peru is opposed to Chilean mediation in the dispute.");
  const Event* opposed = find_code(events, "120");
  ASSERT_NE(opposed, nullptr);
  EXPECT_EQ(opposed->source.actor.country, "PER");
  EXPECT_EQ(opposed->target.actor.country, "CHL");
}

TEST(Events, WhatIsReceivedComesFromItsGiver) {
  auto events = extract_jsonl("2019-03-05", "Hungary received weapons from Sweden.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "072");
  EXPECT_EQ(events[0].source.actor.country, "SWE");
  EXPECT_EQ(events[0].target.actor.country, "HUN");
}

TEST(Events, AClaimedViolentActIsAnAccusationOrAClaimOfResponsibility) {
  auto events = extract_jsonl("2019-03-05", "Kenya claimed that Somali militants had attacked its border posts.");
  const Event* accusation = find_code(events, "112");
  ASSERT_NE(accusation, nullptr);
  EXPECT_EQ(accusation->source.actor.country, "KEN");
  EXPECT_EQ(accusation->target.actor.country, "SOM");
  events = extract_jsonl("2019-03-05", "The Kenyan army claimed that it had shelled rebel positions in Somalia.");
  EXPECT_NE(find_code(events, "015"), nullptr);
  EXPECT_EQ(find_code(events, "112"), nullptr);
}

TEST(Events, SayingAnotherDidAViolentActAccusesIt) {
  // A plain report ("said") accuses the doer and still reports the act.
  auto events = extract_jsonl("2019-03-05", "Georgia said Russian troops had shelled its villages.");
  const Event* accusation = find_code(events, "112");
  ASSERT_NE(accusation, nullptr);
  EXPECT_EQ(accusation->source.actor.country, "GEO");
  EXPECT_EQ(accusation->target.actor.country, "RUS");
  EXPECT_NE(find_code(events, "194"), nullptr);
  // A claim leaves the act unproven: only the accusation is coded.
  events = extract_jsonl("2019-03-05", "Armenia claimed that Azerbaijani forces had attacked its border posts.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "112");
  // Neither a speaker nor a doer of no known country or kind makes a coded accusation.
  events = extract_jsonl("2019-03-05", "Mr Clarke said Russian troops had shelled the villages.");
  EXPECT_EQ(find_code(events, "112"), nullptr);
  events = extract_jsonl("2019-03-05", "Georgia said Fiorina had attacked the villages.");
  EXPECT_EQ(find_code(events, "112"), nullptr);
  // Saying one's own forces did it is a report, no accusation nor claim.
  events = extract_jsonl("2019-03-05", "Turkey said its jets had bombed Kurdish militants in Iraq.");
  EXPECT_EQ(find_code(events, "112"), nullptr);
  EXPECT_EQ(find_code(events, "015"), nullptr);
  EXPECT_NE(find_code(events, "195"), nullptr);
}

TEST(Events, AViolentActWithNoTargetIsDoneToTheCountryItHappensIn) {
  auto events = extract_jsonl("2019-03-05", "Al-Shabaab militants carried out attacks in northeastern Kenya on Monday.");
  const Event* attack = find_code(events, "190");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->target.actor.country, "KEN");
  // A named target stays the target; the place is only where it happened.
  events = extract_jsonl("2019-03-05", "Turkish jets bombed Syrian rebels in Iraq.");
  const Event* bombing = find_code(events, "195");
  ASSERT_NE(bombing, nullptr);
  EXPECT_EQ(bombing->target.actor.country, "SYR");
  // The claim of such an act concerns those it was done to.
  events = extract_jsonl("2019-03-05", "Boko Haram claimed responsibility for a bombing in Niger's capital.");
  const Event* claim = find_code(events, "015");
  ASSERT_NE(claim, nullptr);
  EXPECT_EQ(claim->target.actor.country, "NER");
  // A state's own forces in its own country have no target there.
  events = extract_jsonl("2019-03-05", "Nigerian troops opened fire in northern Nigeria.");
  for (const Event& e : events) EXPECT_NE(e.target.actor.country, "NGA");
}

TEST(Events, AParticipleDescribingANounIsNoActOfTheClause) {
  // "a member ... jailed last year": no doer named, the past of the noun.
  auto events = extract_jsonl("2019-03-05", "Israel freed a member of the Hamas movement jailed last year.");
  EXPECT_EQ(find_code(events, "173"), nullptr);
  EXPECT_NE(find_code(events, "084"), nullptr);
  // The clause's first noun described, then its own verb and agent.
  events = extract_jsonl("2019-03-05", "The Turkish soldiers detained for crossing the border were released by Greece.");
  EXPECT_EQ(find_code(events, "173"), nullptr);
  const Event* release = find_code(events, "084");
  ASSERT_NE(release, nullptr);
  EXPECT_EQ(release->source.actor.country, "GRC");
  // "two exiled dissidents": an adjective, nobody expelled them here.
  events = extract_jsonl("2019-03-05", "Germany granted asylum to two exiled Russian dissidents.");
  EXPECT_EQ(find_code(events, "174"), nullptr);
  // "killed at least three": a measure of the object follows, so the verb is active.
  events = extract_jsonl("2019-03-05", "A member of Hamas killed at least three Israeli soldiers on Monday.");
  const Event* killing = find_code(events, "190");
  ASSERT_NE(killing, nullptr);
  EXPECT_EQ(killing->source.actor.country, "PSE");
  // "there were ten soldiers killed": the act itself, reported.
  events = extract_jsonl("2019-03-05", "There were ten Russian soldiers killed in Syria on Monday.");
  EXPECT_NE(find_code(events, "190"), nullptr);
}

TEST(Events, AnActPermittedToAnotherIsThatOnesAndNotDone) {
  auto events = extract_jsonl("2019-03-05", "Greece said it would not give permission to Russia to help Serbia.");
  for (const Event& e : events) {
    EXPECT_FALSE(e.source.actor.country == "GRC" && e.target.actor.country == "SRB") << e.cameo;
    if (e.target.actor.country == "SRB") {
      EXPECT_EQ(e.source.actor.country, "RUS");
      EXPECT_NE(e.status, EventStatus::kOccurred);
    }
  }
  const Event* refusal = find_code(events, "124");  // the refusal to Russia stays
  ASSERT_NE(refusal, nullptr);
  EXPECT_EQ(refusal->target.actor.country, "RUS");
}

TEST(Events, AVerbAfterItsSubjectIsNoParticipleDescribingIt) {
  // "team" counts people, but a verb after it is still the team's act.
  auto events = extract_jsonl("2019-03-05", "The Russian team shelled Georgia.");
  const Event* shelling = find_code(events, "194");
  ASSERT_NE(shelling, nullptr);
  EXPECT_EQ(shelling->source.actor.country, "RUS");
  // "being" is no verb of the clause: "complained about being left out" is a complaint.
  events = extract_jsonl("2019-03-05", "Ireland complained about being left out of the talks with Britain.");
  const Event* complaint = find_code(events, "114");
  ASSERT_NE(complaint, nullptr);
  EXPECT_EQ(complaint->source.actor.country, "IRL");
  // A verb after "if" belongs to another clause: "refused to say if there was".
  events = extract_jsonl("2019-03-05", "Iran refused to meet Britain if there was no agreement.");
  for (const Event& e : events) EXPECT_EQ(e.source.actor.country, "IRN") << e.cameo;
  EXPECT_FALSE(events.empty());
}

TEST(Events, AttendingAnEventAbroadIsAVisitThere) {
  auto events = extract_jsonl("2019-03-05", "Erdogan attended a summit in Russia on Monday.");
  const Event* visit = find_code(events, "042");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->target.actor.country, "RUS");
  // Announced: the intent to go (036).
  events = extract_jsonl("2019-03-05", "Erdogan will attend the summit in Japan.");
  const Event* intent = find_code(events, "036");
  ASSERT_NE(intent, nullptr);
  EXPECT_EQ(intent->target.actor.country, "JPN");
  // At home, or with no place named, nobody is visited; a topic is no place.
  events = extract_jsonl("2019-03-05", "Erdogan attended a rally in Turkey.");
  EXPECT_EQ(find_code(events, "042"), nullptr);
  events = extract_jsonl("2019-03-05", "Erdogan attended a conference on Syria.");
  EXPECT_EQ(find_code(events, "042"), nullptr);
  events = extract_jsonl("2019-03-05", "Erdogan attended a conference on the war in Syria.");
  EXPECT_EQ(find_code(events, "042"), nullptr);
}

// Force on a place hits the place's country, also when the attacker's own
// country is unknown, and through "the outskirts of", "a district of".
TEST(Events, ForceOnAPlaceHitsItsCountry) {
  auto events = extract_jsonl("2019-03-05", "Rebels shelled Aleppo overnight.");
  const Event* shelling = find_code(events, "194");
  ASSERT_NE(shelling, nullptr);
  EXPECT_EQ(shelling->target.actor.country, "SYR");
  events = extract_jsonl("2019-03-05", "Militants bombed the outskirts of Kandahar on Monday.");
  const Event* bombing = find_code(events, "195");
  ASSERT_NE(bombing, nullptr);
  EXPECT_EQ(bombing->target.actor.country, "AFG");
  // Told twice in one sentence, with and without what it hit: one act.
  events = extract_jsonl("2019-03-05", "Insurgents shelled a district of Aleppo overnight, killing at least eight people.");
  size_t force = 0;
  for (const Event& e : events) force += e.cameo.rfind("19", 0) == 0;
  EXPECT_EQ(force, 1u);
  shelling = find_code(events, "194");
  ASSERT_NE(shelling, nullptr);
  EXPECT_EQ(shelling->target.actor.country, "SYR");
  // The weapon says how a killing was done: "killed in an air strike" is 195.
  events = extract_jsonl("2019-03-05", "Eight people were killed in an air strike by Syrian government forces on Monday.");
  const Event* strike = find_code(events, "195");
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(strike->source.actor.country, "SYR");
  EXPECT_EQ(find_code(events, "190"), nullptr);
  // "bomb" and "shell" are mostly nouns: only their -ed and -ing forms, or
  // the bare form after "to" or a modal, are the verb.
  events = extract_jsonl("2019-03-05", "Iran is close to building a nuclear bomb, Israel said.");
  EXPECT_EQ(find_code(events, "195"), nullptr);
  events = extract_jsonl("2019-03-05", "Turkey threatened to bomb Kurdish positions in Syria.");
  const Event* threat = find_code(events, "138");
  ASSERT_NE(threat, nullptr);
  EXPECT_EQ(threat->intended_code, "195");
  // A visitor from nowhere known visits nobody.
  events = extract_jsonl("2019-03-05", "Tourists visited Aleppo on Monday.");
  for (const Event& e : events) EXPECT_NE(e.target.actor.country, "SYR") << e.cameo;
}

TEST(Events, AGatheringNamedForAPlaceIsHeldThere) {
  // "the Tokyo summit", "the Madrid climate conference": the place before
  // the gathering's noun is where it is held.
  auto events = extract_jsonl("2019-03-05", "Erdogan attended the Tokyo summit on Monday.");
  const Event* visit = find_code(events, "042");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->target.actor.country, "JPN");
  events = extract_jsonl("2019-03-05", "Erdogan will attend the Madrid climate conference next week.");
  const Event* intent = find_code(events, "036");
  ASSERT_NE(intent, nullptr);
  EXPECT_EQ(intent->target.actor.country, "ESP");
  // At home it is no visit; a person's funeral names no place.
  events = extract_jsonl("2019-03-05", "Erdogan attended the Ankara conference on Monday.");
  EXPECT_EQ(find_code(events, "042"), nullptr);
  events = extract_jsonl("2019-03-05", "Erdogan attended Mandela's funeral on Monday.");
  const Event* funeral = find_code(events, "042");
  if (funeral) { EXPECT_NE(funeral->target.actor.country, "TUR"); }
}

TEST(Events, AnActCompletingANounInAPhraseIsTheNounOwners) {
  // "against a US decision to deploy": the deployment is the US's, not Russia's.
  auto events = extract_jsonl("2019-03-05", "Russia protested against a US decision to deploy missiles in Poland.");
  for (const Event& e : events)
    if (e.cameo.rfind("15", 0) == 0) { EXPECT_EQ(e.source.actor.country, "USA"); }
  EXPECT_NE(find_code(events, "140"), nullptr);
  // No owner named: nobody known did it.
  events = extract_jsonl("2019-03-05", "Ties between France and China were frayed by an initial threat to boycott the Games.");
  EXPECT_EQ(find_code(events, "143"), nullptr);
  // Purpose ("in a bid to") and the subject's own noun ("over its plan to") keep the subject.
  events = extract_jsonl("2019-03-05", "Pompeo made a secret visit to North Korea over Easter weekend to speak with Kim.");
  for (const Event& e : events) EXPECT_EQ(e.source.actor.country, "USA") << e.cameo;
  EXPECT_NE(find_code(events, "040"), nullptr);
  events = extract_jsonl("2019-03-05", "Russia sent envoys to Syria in a bid to expel the rebels.");
  const Event* expel = find_code(events, "174");
  ASSERT_NE(expel, nullptr);
  EXPECT_EQ(expel->source.actor.country, "RUS");
}

TEST(Events, APronounObjectOfAReportedActIsTheReporter) {
  auto events = extract_jsonl("2019-03-05", "Georgia says Russian jets bombed it overnight.");
  const Event* bombing = find_code(events, "195");
  ASSERT_NE(bombing, nullptr);
  EXPECT_EQ(bombing->target.actor.country, "GEO");
  events = extract_jsonl("2019-03-05", "Israel said a mortar bomb was fired at it from the Gaza Strip.");
  const Event* fire = find_code(events, "194");
  ASSERT_NE(fire, nullptr);
  EXPECT_EQ(fire->source.actor.country, "PSE");
  EXPECT_EQ(fire->target.actor.country, "ISR");
}

TEST(Events, GratitudeExpressedIsPraise) {
  auto events = extract_jsonl("2019-03-05", "The Kenyan government expressed appreciation for China's assistance.");
  const Event* praise = find_code(events, "051");
  ASSERT_NE(praise, nullptr);
  EXPECT_EQ(praise->target.actor.country, "CHN");
  events = extract_jsonl("2019-03-05", "Kenya voiced gratitude to Japan for its help.");
  praise = find_code(events, "051");
  ASSERT_NE(praise, nullptr);
  EXPECT_EQ(praise->target.actor.country, "JPN");
}

TEST(Events, RegressionsFoundOnUnseenNews) {
  // "of" inside a title is no preposition before a reduced relative.
  auto events = extract_jsonl("2019-03-05", "The US will not accept it, Secretary of State John Kerry warned on Tuesday.");
  EXPECT_NE(find_code(events, "130"), nullptr);
  // Attending a meeting is taking part in it.
  events = extract_jsonl("2019-03-05", "Trump will also attend a meeting with NATO leaders.");
  const Event* intent = find_code(events, "036");
  ASSERT_NE(intent, nullptr);
  EXPECT_EQ(intent->source.actor.country, "USA");
  // Digits before a participle are a date, not a count: "on Feb. 3 banned".
  events = extract_jsonl("2019-03-05", "Trump on Feb. 3 banned foreigners who had been in China from entering the US.");
  EXPECT_NE(find_code(events, "172"), nullptr);
  // "three Americans freed by North Korea": the number before the described noun.
  events = extract_jsonl("2019-03-05", "Trump welcomed home three Americans freed by North Korea on Thursday.");
  const Event* release = find_code(events, "084");
  ASSERT_NE(release, nullptr);
  EXPECT_EQ(release->source.actor.country, "PRK");
  // A claim's clause ends at its comma: the firing after it is reported, not claimed.
  events = extract_jsonl("2019-03-05",
                         "Defying Israel's claims that they were battered, Hamas militants fired rockets at Israel.");
  EXPECT_NE(find_code(events, "194"), nullptr);
}

TEST(Events, AnnouncedNounsRepeatedActsAndNounsMadeOfVerbs) {
  // "announced a suspension": the announcer suspends.
  auto events = extract_jsonl("2019-03-05", "Argentina announced a suspension of flights to Britain.");
  const Event* suspension = find_code(events, "160");
  ASSERT_NE(suspension, nullptr);
  EXPECT_EQ(suspension->source.actor.country, "ARG");
  // "reimposed": imposed again.
  events = extract_jsonl("2019-03-05", "Russia reimposed a ban on Georgian wine.");
  EXPECT_NE(find_code(events, "163"), nullptr);
  // "recalled" is no call: a verb after "re" must be long to count.
  events = extract_jsonl("2019-03-05", "Russia recalled its history with Georgia.");
  EXPECT_EQ(find_code(events, "041"), nullptr);
  // "the wounded", "the brutal killing": no verbs.
  events = extract_jsonl("2019-03-05", "Turkish helicopters evacuated the wounded from Syria on Friday.");
  EXPECT_EQ(find_code(events, "190"), nullptr);
  EXPECT_NE(find_code(events, "073"), nullptr);
  events = extract_jsonl("2019-03-05", "A Kenyan court charged two men over the brutal killing of a Somali trader.");
  EXPECT_EQ(find_code(events, "190"), nullptr);
}

TEST(Events, ASubjectSharedAfterButAndPeacekeepersArriving) {
  auto events = extract_jsonl("2019-03-05", "Israel opened its borders to Jordanians, but was still refusing admittance to Syrians.");
  const Event* refusal = find_code(events, "120");
  ASSERT_NE(refusal, nullptr);
  EXPECT_EQ(refusal->source.actor.country, "ISR");
  events = extract_jsonl("2019-03-05", "UN peacekeepers arrived in Mali on Monday.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "074");  // peacekeeping provided, no visit
  EXPECT_EQ(events[0].target.actor.country, "MLI");
  // "used ... as human shields": "as" inside a phrase starts no clause.
  events = extract_jsonl("2019-03-05", "Sri Lanka used refugees as human shields.");
  EXPECT_NE(find_code(events, "184"), nullptr);
}

TEST(Events, SpeakersTeamsAndDeeperTies) {
  // "quoted as saying he would": the one quoted speaks.
  auto events = extract_jsonl("2019-03-05", "Vladimir Putin was quoted as saying he would visit Turkey.");
  const Event* intent = find_code(events, "036");
  ASSERT_NE(intent, nullptr);
  EXPECT_EQ(intent->source.actor.country, "RUS");
  EXPECT_EQ(intent->target.actor.country, "TUR");
  // "a team of UN inspectors": the inspectors act, not the team before "of".
  events = extract_jsonl("2019-03-05", "A team of UN inspectors arrived in Iraq on Monday.");
  const Event* visit = find_code(events, "042");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->source.actor.sector, "IGO");
  // Seeking closer cooperation is the intent to cooperate.
  events = extract_jsonl("2019-03-05", "Chile and Peru are seeking to deepen their partnership in mining.");
  const Event* cooperation = find_code(events, "031");
  ASSERT_NE(cooperation, nullptr);
  EXPECT_EQ(cooperation->status, EventStatus::kPlanned);
  events = extract_jsonl("2019-03-05", "Kenyan students received ministers from the Kenyan government.");
  EXPECT_NE(find_code(events, "043"), nullptr);
  events = extract_jsonl("2019-03-05", "Russian forces have completed their withdrawal from Syria.");
  const Event* withdrawal = find_code(events, "087");
  ASSERT_NE(withdrawal, nullptr);
  EXPECT_EQ(withdrawal->target.actor.country, "SYR");
}

TEST(Events, AWarningThatAnotherMustActIsADemand) {
  auto events = extract_jsonl("2019-03-05", "The Kenyan president issued a warning to Somalia that it must stop the raids.");
  const Event* demand = find_code(events, "100");
  ASSERT_NE(demand, nullptr);
  EXPECT_EQ(demand->source.actor.country, "KEN");
  EXPECT_EQ(demand->target.actor.country, "SOM");
  events = extract_jsonl("2019-03-05", "Turkey reopened the bridge to allow the delivery of food.");
  EXPECT_NE(find_code(events, "0863"), nullptr);  // humanitarian access allowed
}

TEST(Events, ParticiplesAsAdjectivesAndAsAdjuncts) {
  // "with exiled dissidents": no act of exiling.
  auto events = extract_jsonl("2019-03-05", "Joe Biden met with exiled dissidents from Iran on Monday.");
  EXPECT_EQ(find_code(events, "174"), nullptr);
  // ", offering support": the sentence's subject offers, not the nearest name.
  events = extract_jsonl("2019-03-05",
                         "Vladimir Putin held talks with Recep Tayyip Erdogan in Sochi, offering support to Turkey.");
  bool offered = false;
  for (const Event& e : events)
    if (e.cameo.rfind("03", 0) == 0) {
      offered = true;
      EXPECT_EQ(e.source.actor.country, "RUS") << e.cameo;
    }
  EXPECT_TRUE(offered);
  // "condemned the shelling by Syria": whose act it was is the target.
  events = extract_jsonl("2019-03-05", "Turkey condemned the shelling by Syria.");
  const Event* condemned = find_code(events, "111");
  ASSERT_NE(condemned, nullptr);
  EXPECT_EQ(condemned->target.actor.country, "SYR");
}

TEST(Events, NounFormsOfSomeVerbsTriggerNothing) {
  // "orders", "pounds": nouns; "ordered", "pounded": the verbs.
  auto events = extract_jsonl("2019-03-05", "Britain lent Kenya pounds 5m after court orders in Nairobi.");
  EXPECT_EQ(find_code(events, "194"), nullptr);
  EXPECT_EQ(find_code(events, "100"), nullptr);
  events = extract_jsonl("2019-03-05", "Russian jets pounded rebel positions in Idlib on Monday.");
  EXPECT_NE(find_code(events, "194"), nullptr);
  // "committed fraud to": no commitment.
  events = extract_jsonl("2019-03-05", "Kenya was willing to commit fraud to win the vote.");
  EXPECT_EQ(find_code(events, "030"), nullptr);
}

TEST(Events, ANounsOwnModifierIsItsDoerInsideAPhrase) {
  auto events = extract_jsonl("2019-03-05", "Five civilians died in Israeli shelling on Friday.");
  const Event* shelling = find_code(events, "194");
  ASSERT_NE(shelling, nullptr);
  EXPECT_EQ(shelling->source.actor.country, "ISR");
  // A past form after a name is a verb, not a modified noun: the opponents
  // protested, not the Senate.
  events = extract_jsonl("2019-03-05", "Opponents of the Kenyan Senate protested on Monday.");
  for (const Event& e : events) EXPECT_NE(e.source.actor.sector, "LEG") << e.cameo;
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// Halting one's own tests or weapons is one act in every sentence shape: a
// halt that took effect is 087, one announced for later an intent to yield
// (035), never a cut in relations (16x) or a threat (13x).
TEST(Events, HaltingOwnWeaponsActivityIsDeEscalation) {
  struct Case {
    const char* text;
    const char* code;
    EventStatus status;
  };
  const Case cases[] = {
      {"Iran suspended its missile tests on Friday.", "087", EventStatus::kOccurred},
      {"Iran froze uranium enrichment in 2015.", "087", EventStatus::kOccurred},
      {"Syria announced a moratorium on chemical weapons tests.", "087", EventStatus::kOccurred},
      {"Russia halted airstrikes on rebel towns on Tuesday.", "087", EventStatus::kOccurred},
      {"Iran will suspend its missile tests, state media reported.", "035", EventStatus::kPlanned},
      {"Iran has agreed to halt all missile launches.", "035", EventStatus::kPlanned},
      {"Iran to stop missile tests and close its test site.", "035", EventStatus::kPlanned},
      {"Iran will shut down a nuclear test site next month.", "035", EventStatus::kPlanned},
  };
  for (const Case& c : cases) {
    auto events = extract_jsonl("2019-03-05", c.text);
    const Event* halt = find_code(events, c.code);
    ASSERT_NE(halt, nullptr) << c.text;
    EXPECT_EQ(halt->source.actor.country, c.text[0] == 'S' ? "SYR" : c.text[0] == 'R' ? "RUS" : "IRN") << c.text;
    EXPECT_EQ(halt->status, c.status) << c.text;
    for (const Event& e : events) EXPECT_NE(e.cameo.substr(0, 2), "13") << c.text;
  }
  // Suspending a person or relations stays what it was.
  auto events = extract_jsonl("2019-03-05", "Egypt suspended its ties with Qatar on Monday.");
  EXPECT_EQ(find_code(events, "087"), nullptr);
}

// "Trump to meet Putin": a headline's subject, "to" and the verb announce a plan.
TEST(Events, HeadlineInfinitiveIsAPlan) {
  auto events = extract_jsonl("2019-03-05", "Trump to meet Putin in Helsinki.");
  const Event* meeting = find_code(events, "036");
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(meeting->status, EventStatus::kPlanned);
  events = extract_jsonl("2019-03-05", "Putin asked Trump to meet him in Helsinki.");
  EXPECT_EQ(find_code(events, "040"), nullptr);
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// "Merkel said Russia cheated": deceit reported by another is the reporter's
// accusation (112) of its doer, in any order of report and act.
TEST(Events, ReportedDeceitIsAnAccusation) {
  const char* const reported[] = {
      "Merkel said Russia had cheated in the elections.",
      "The documents, Merkel said, showed that Russia had lied about its troops.",
      "\\\"Russia lied about its troops in Ukraine,\\\" Merkel said.",  // JSON-escaped quotes
  };
  for (const char* text : reported) {
    auto events = extract_jsonl("2019-03-05", text);
    const Event* accusation = find_code(events, "112");
    ASSERT_NE(accusation, nullptr) << text;
    EXPECT_EQ(accusation->source.actor.country, "DEU") << text;
    EXPECT_EQ(accusation->target.actor.country, "RUS") << text;
  }
  // Nobody reports it, or nobody lies: no accusation.
  EXPECT_EQ(find_code(extract_jsonl("2019-03-05", "Russia lied about its troops in Ukraine."), "112"), nullptr);
  EXPECT_EQ(find_code(extract_jsonl("2019-03-05", "Bodies were lying in the streets of Aleppo, Syrian officials said."),
                      "112"),
            nullptr);
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// "a legal assault on", "took legal action against": a fight in court is a
// lawsuit (115), not an assault (18x/19x).
TEST(Events, LegalFightsAreLawsuits) {
  auto events = extract_jsonl("2019-03-05", "Greenpeace opened a legal assault on the British government on Monday.");
  const Event* suit = find_code(events, "115");
  ASSERT_NE(suit, nullptr);
  EXPECT_EQ(suit->target.actor.country, "GBR");
  for (const Event& e : events) EXPECT_TRUE(e.cameo.rfind("18", 0) != 0 && e.cameo.rfind("19", 0) != 0) << e.cameo;
  events = extract_jsonl("2019-03-05", "Kenya took legal action against Uganda over the island.");
  ASSERT_NE(find_code(events, "115"), nullptr);
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// "kept migrants seeking asylum": the -ing verb describes the migrants; the
// administration that kept them did not seek asylum.
TEST(Events, ParticipleAfterAPlainNounIsThatNounsAct) {
  auto events = extract_jsonl("2019-03-05", "The Hungarian government has kept many migrants seeking asylum in camps.");
  for (const Event& e : events) EXPECT_NE(e.source.actor.country, "HUN") << e.cameo;
  // After a verb that takes an -ing complement the subject still acts.
  events = extract_jsonl("2019-03-05", "Russia keeps seeking asylum for its diplomats in Ukraine.");
  bool russia_acts = std::any_of(events.begin(), events.end(), [](const Event& e) { return e.source.actor.country == "RUS"; });
  EXPECT_TRUE(russia_acts);
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// Putting off one's own tariffs or sparing another from them eases economic
// sanctions (085); the tariffs put off are not imposed, nor threatened.
TEST(Events, PostponedSanctionsAreEasing) {
  auto events = extract_jsonl("2019-03-05", "Japan postponed the imposition of steel tariffs on India until June.");
  const Event* easing = find_code(events, "085");
  ASSERT_NE(easing, nullptr);
  EXPECT_EQ(easing->source.actor.country, "JPN");
  EXPECT_EQ(easing->target.actor.country, "IND");
  events = extract_jsonl("2019-03-05", "Japan extended the exemptions for India by a month.");
  ASSERT_NE(find_code(events, "085"), nullptr);
  events = extract_jsonl("2019-03-05", "Japan said it would delay a decision to impose tariffs on India.");
  for (const Event& e : events)
    EXPECT_FALSE(e.cameo == "132" || (e.cameo == "163" && e.status != EventStatus::kNegated)) << e.cameo;
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// "sent Pompeo to meet with its leader, Kim": the envoy meets the leader
// named after a title and a comma; the sender meets nobody.
TEST(Events, TheOneSentMeetsTheOneNamedAfterATitle) {
  auto events = extract_jsonl("2019-03-05",
                              "President Putin sent Sergei Lavrov to Turkey to meet with its leader, Recep Tayyip Erdogan, "
                              "on Monday.");
  const Event* meeting = find_code(events, "040");
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(meeting->source.actor.name, "Sergey Lavrov");
  EXPECT_EQ(meeting->target.actor.country, "TUR");
  for (const Event& e : events) EXPECT_NE(e.source.actor.name, "Vladimir Putin") << e.cameo;
}

// "before next week's meeting", "as he prepares for a summit": still ahead.
TEST(Events, NextWeeksMeetingIsPlanned) {
  auto events = extract_jsonl("2019-03-05", "Putin spoke ahead of next week's meeting with Erdogan in Ankara.");
  const Event* meeting = find_code(events, "036");
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(meeting->status, EventStatus::kPlanned);
  EXPECT_EQ(find_code(events, "040"), nullptr);
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// "Filing a lawsuit against Russia, the committee said ...": the subject
// after the comma does the act of the participle that opens the sentence.
TEST(Events, OpeningParticipleIsDoneByTheSubjectAfterItsComma) {
  auto events = extract_jsonl("2019-03-05",
                              "Filing a lawsuit against Russia on Friday, the Democratic National Committee said it had "
                              "been the victim of a conspiracy.");
  const Event* suit = find_code(events, "115");
  ASSERT_NE(suit, nullptr);
  EXPECT_EQ(suit->source.actor.country, "USA");
  EXPECT_EQ(suit->target.actor.country, "RUS");
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// "the lawsuit filed by X against Y", "the suspension of launches by Z": a
// noun's doer named after "by".
TEST(Events, NounsDoerAfterBy) {
  auto events = extract_jsonl("2019-03-05", "The lawsuit filed by Greenpeace against Norway alleges negligence.");
  const Event* suit = find_code(events, "115");
  ASSERT_NE(suit, nullptr);
  EXPECT_EQ(suit->source.actor.name, "Greenpeace");
  EXPECT_EQ(suit->target.actor.country, "NOR");
  events = extract_jsonl("2019-03-05", "Japan welcomed the suspension of missile launches by Iran.");
  const Event* halt = find_code(events, "087");
  ASSERT_NE(halt, nullptr);
  EXPECT_EQ(halt->source.actor.country, "IRN");
  // Quoted in the Treebank manner ("as`` unacceptable''"): the one whose
  // claims were condemned is the target.
  events = extract_jsonl("2019-03-05", "Kenya condemned as`` baseless'' allegations by Uganda that it armed the rebels.");
  const Event* condemned = find_code(events, "111");
  ASSERT_NE(condemned, nullptr);
  EXPECT_EQ(condemned->target.actor.country, "UGA");
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// A quotation over several sentences: its speaker, named next to "said" in
// the sentence before or a few after, reports the deceit.
TEST(Events, DeceitInAQuotationOverSentencesIsItsSpeakersAccusation) {
  auto events = extract_jsonl("2019-03-05",
                              "\\\"Tonight I will show you one thing. Russia lied about its troops. Its files prove it,"
                              "\\\" Merkel said on Monday.");
  const Event* accusation = find_code(events, "112");
  ASSERT_NE(accusation, nullptr);
  EXPECT_EQ(accusation->source.actor.country, "DEU");
  EXPECT_EQ(accusation->target.actor.country, "RUS");
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// A city or region stands for its country only where the place is the
// target: a show of force or violence done in it, or a visit to it.
TEST(Events, AnActDoneInACityOrRegionOfAnotherCountryTargetsThatCountry) {
  auto drills = extract_jsonl("2020-06-01", "Russia is conducting military exercises in Alaska.");
  ASSERT_NE(find_code(drills, "150"), nullptr);
  EXPECT_EQ(find_code(drills, "150")->target.actor.code, "USA");
  auto visit = extract_jsonl("2020-06-01", "The Chinese prime minister visited Osaka on Monday.");
  ASSERT_NE(find_code(visit, "042"), nullptr);
  EXPECT_EQ(find_code(visit, "042")->target.actor.country, "JPN");
  // At home a show of force has no target, and a city is no actor by itself.
  auto home = extract_jsonl("2020-06-01", "Russia is conducting military exercises near Novosibirsk.");
  ASSERT_NE(find_code(home, "150"), nullptr);
  EXPECT_TRUE(find_code(home, "150")->target.empty());
  EXPECT_TRUE(extract_jsonl("2020-06-01", "Osaka imposed sanctions on the company.").empty());
  // A doer of unknown country (a local crime) does nothing to the country.
  auto crime = extract_jsonl("2020-06-01", "Yvette Miller shot three co-workers at a plant in Philadelphia on Monday.");
  ASSERT_NE(find_code(crime, "190"), nullptr);
  EXPECT_TRUE(find_code(crime, "190")->target.empty());
  // A meeting in a city of neither side's country is at a third location.
  auto g20 = extract_jsonl("2019-06-28", "Putin met Trump in Osaka on Friday.");
  EXPECT_NE(find_code(g20, "044"), nullptr);
  auto host = extract_jsonl("2019-06-28", "Abe met Trump in Osaka on Friday.");
  EXPECT_NE(find_code(host, "040"), nullptr);
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// "ask" also asks questions: before "if", "whether" or a wh-word, a colon, a
// quotation or the sentence's end it is no request; "asked X to" still is.
TEST(Events, AskingAQuestionIsNoRequest) {
  EXPECT_EQ(find_code(extract_jsonl("2019-03-05", "Merkel asked whether Russia would withdraw its troops."), "020"),
            nullptr);
  EXPECT_EQ(find_code(extract_jsonl("2019-03-05", "Asked about the deal on Monday, the Iranian foreign minister "
                                                  "asked why Washington had walked away."),
                      "020"),
            nullptr);
  EXPECT_EQ(find_code(extract_jsonl("2019-03-05", "\\\"Where are the inspectors?\\\" Merkel asked."), "020"), nullptr);
  EXPECT_EQ(find_code(extract_jsonl("2019-03-05", "Merkel asked: \\\"Where is the money going?\\\""), "020"), nullptr);
  auto request = extract_jsonl("2019-03-05", "Merkel asked Putin to withdraw his troops from Crimea.");
  ASSERT_NE(find_code(request, "025"), nullptr);  // an appeal to yield: to withdraw troops
  EXPECT_EQ(find_code(request, "025")->target.actor.country, "RUS");
}

// An act on a condition ("If ...", "if"/"unless" before it) or a mere
// possibility ("could", "might", "may", "whether", "rather than") is not
// reported; a possibility its actor sets a condition to is a threat.
TEST(Events, SupposedActsAreNoEvents) {
  EXPECT_TRUE(extract_jsonl("2019-03-05", "If the talks fail, Iran could close the Strait of Hormuz to US ships.")
                  .empty());
  EXPECT_TRUE(extract_jsonl("2019-03-05", "Ebbers could face a long jail sentence from the court.").empty());
  EXPECT_TRUE(
      extract_jsonl("2019-03-05", "Lawyers feared the ruling might force Germany to share information with Russia.")
          .empty());
  EXPECT_TRUE(extract_jsonl("2019-03-05",
                            "The question is whether Congress would impose sanctions on Russia this year.")
                  .empty());
  EXPECT_TRUE(extract_jsonl("2019-03-05", "Activists urged her to close the Senate rather than allow Brett "
                                          "Kavanaugh to be confirmed.")
                  .size() <= 1);  // the urging only
  // A speaker's own possibility, or one on a condition, is a threat.
  auto warned = extract_jsonl("2019-03-05", "The European Union may halt aid to Serbia if the fighting goes on.");
  ASSERT_FALSE(warned.empty());
  EXPECT_EQ(warned[0].cameo.substr(0, 2), "13");
  // The month is no modal.
  auto month = extract_jsonl("2019-06-05", "In May Russia expelled two British diplomats.");
  ASSERT_EQ(month.size(), 1u);
  EXPECT_EQ(month[0].status, EventStatus::kOccurred);
  EXPECT_NE(month[0].cameo.substr(0, 2), "13");
}

// "attack" used for words: for a reason after "for", on something said or
// done, or by a politician or party on another, it is criticism (111).
TEST(Events, VerbalAttackIsCriticism) {
  auto reason = extract_jsonl("2019-03-05", "Senator Ted Cruz attacked Obama for failing to stop Iran.");
  EXPECT_NE(find_code(reason, "111"), nullptr);
  EXPECT_EQ(find_code(reason, "190"), nullptr);
  auto record = extract_jsonl("2019-03-05", "Macron attacked the Russian government's record on human rights.");
  EXPECT_NE(find_code(record, "111"), nullptr);
  auto party = extract_jsonl("2005-03-05", "Tony Blair will attack the Conservative Party in a speech on Monday.");
  EXPECT_NE(find_code(party, "111"), nullptr);
  // Armed forces attacking a country or town still use force.
  auto raid = extract_jsonl("2019-03-05", "Russian troops attacked Ukraine on Monday.");
  EXPECT_NE(find_code(raid, "190"), nullptr);
  EXPECT_EQ(find_code(raid, "111"), nullptr);
}

// "insist" demands only with "on"; "insisted (that) ..." states.  A guilty
// plea is no appeal.
TEST(Events, InsistingAndPleadingGuilty) {
  EXPECT_EQ(find_code(extract_jsonl("2019-03-05", "Merkel insisted that Germany had played by the rules."), "100"),
            nullptr);
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Merkel insisted on the release of the Ukrainian sailors."), "100"),
            nullptr);
  EXPECT_EQ(find_code(extract_jsonl("2019-03-05", "Paul Manafort pleaded guilty to conspiracy against the United "
                                                  "States on Friday."),
                      "020"),
            nullptr);
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Merkel pleaded with Putin to release the Ukrainian sailors."),
                      "020"),
            nullptr);
}

// The Hill's inline related links: headlines glued onto a name and closed by
// "MORE" are other articles' news.
TEST(Events, InlineLinkListsAreNoNews) {
  EXPECT_TRUE(extract_jsonl("2019-11-05",
                            "Sen. John Thune John Randolph ThuneSenate GOP waves Trump off early motion to dismiss "
                            "impeachment charges Russia attacked Ukraine MORE (R-S.D.) said he hoped so.")
                  .empty());
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// A verb of force whose object cannot be hurt is figurative: "killed the
// bill", "seize the initiative"; people and places still can be.
TEST(Events, ForceOnAFigurativeObjectIsNoViolence) {
  EXPECT_TRUE(extract_jsonl("2019-03-05", "The Senate killed the spending bill on Tuesday.").empty());
  EXPECT_EQ(find_code(extract_jsonl("2019-03-05", "Merkel urged Germany to seize the moment."), "171"), nullptr);
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Taliban fighters killed three soldiers in Kandahar."), "190"),
            nullptr);
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Russian troops seized the airport on Monday."), "171"), nullptr);
  // A participle after the object's noun is no modifier of it.
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Taliban fighters attacked a Afghan convoy carrying fire "
                                                  "extinguishers."),
                      "190"),
            nullptr);
}

// "free" before a noun is an adjective ("free trade"); the verb takes an
// object ("free the sailors", "free over 150 prisoners") or is passive.
TEST(Events, FreeBeforeANounIsAnAdjective) {
  EXPECT_TRUE(extract_jsonl("2019-03-05", "Canada backed free enterprise and free movement of workers.").empty());
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Russia freed the Ukrainian sailors on Monday."), "084"), nullptr);
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Israel freed over 150 Palestinian prisoners."), "084"), nullptr);
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Two Ukrainian sailors were freed by Russia on Monday."), "084"),
            nullptr);
}

// A verb-like word after a word of amount is the noun: "shown little
// support" reports no act of support.
TEST(Events, SupportAfterAWordOfAmountIsTheNoun) {
  EXPECT_TRUE(
      extract_jsonl("2019-03-05", "Republicans in the Senate have shown little support for the removal of Trump.")
          .empty());
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Senate Republicans support Trump."), "051"), nullptr);
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// A place in a clause of time or cause after the trigger ("after a bombing
// in Kabul") is where that other act happened, not this one's place.
TEST(Events, APlaceAfterAClauseOfTimeIsNotTheEventsPlace) {
  auto ban = extract_jsonl("2005-03-05", "The EU imposed an arms ban on China in 1989 after troops opened fire "
                                         "on protesters in Tiananmen Square.");
  const Event* sanction = find_code(ban, "163");
  ASSERT_NE(sanction, nullptr);
  EXPECT_EQ(sanction->place, "");
  auto met = extract_jsonl("2019-03-05", "Putin met Erdogan in Sochi on Monday.");
  ASSERT_FALSE(met.empty());
  EXPECT_EQ(met[0].place, "Sochi");
}

// "called Trump to congratulate him", "visited Putin to demand ...": the
// infinitive after the one met, called or visited is the purpose of the
// one who met, called or visited.
TEST(Events, PurposeOfAContactIsTheContactorsAct) {
  auto visit = extract_jsonl("2019-03-05", "Merkel visited Putin to demand the release of the Ukrainian sailors.");
  const Event* demand = find_code(visit, "1053");
  ASSERT_NE(demand, nullptr);
  EXPECT_EQ(demand->source.actor.name, "Angela Merkel");
  // A request names the one asked as the doer: "urged Putin to release".
  auto urged = extract_jsonl("2019-03-05", "Merkel urged Putin to release the Ukrainian sailors.");
  const Event* release = find_code(urged, "025");
  ASSERT_NE(release, nullptr);
  EXPECT_EQ(release->source.actor.name, "Angela Merkel");
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// "called a truce" announces, "called her on the phone" phones (no "call
// on"), "called a TV station" phones the station.
TEST(Events, CallingAThingIsNoPhoneCall) {
  EXPECT_TRUE(extract_jsonl("2019-03-05", "The European Commission called a truce in its battle with France and "
                                          "Germany.")
                  .empty());
  EXPECT_EQ(find_code(extract_jsonl("2019-03-05", "Merkel called Putin on the phone on Monday."), "020"), nullptr);
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Merkel called Putin on the phone on Monday."), "041"), nullptr);
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Merkel called on Putin to release the sailors."), "025"), nullptr);
}

// "in attacking his party's economic record": a gerund read as a noun is
// still the verb used for words; "an attack on the base" stays force.
TEST(Events, AGerundOfAVerbalAttackIsCriticism) {
  auto words = extract_jsonl("2005-03-05", "Gordon Brown will lead Labour in attacking the Conservative Party's "
                                           "economic record.");
  EXPECT_EQ(find_code(words, "190"), nullptr);
  auto raid = extract_jsonl("2019-03-05", "Taliban fighters carried out an attack on the base in Kandahar.");
  EXPECT_NE(find_code(raid, "190"), nullptr);
}

// A chart's legend of state codes caught as a sentence is no prose.
TEST(Events, ChartLegendsAreNoSentences) {
  EXPECT_TRUE(extract_jsonl("2019-03-05", "Share of receipts in 2016 ME AK VT NH 1 block = 1% MA NY MI ID MT ND MN "
                                          "RI WA OH PA IN IA SD WY UT OR NJ CT WI NV CA VA WV KY IL MO NE CO MD.")
                  .empty());
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// The main clause after "as if" or "even if" states a fact; a modal of an
// earlier coordinated clause does not reach the trigger; a noun after
// "whether" names a thing that was.
TEST(Events, ConcessiveAndDistantPossibilitiesStillReport) {
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "As if his claims were news, Merkel criticized Putin on Monday."),
                      "111"),
            nullptr);
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "The ministry warned security could be affected, and Russia has "
                                                  "already started releasing Ukrainian prisoners."),
                      "084"),
            nullptr);
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Reports differ on whether the ouster is related to the Secret "
                                                  "Service's arrest of a Chinese woman."),
                      "173"),
            nullptr);
  EXPECT_TRUE(extract_jsonl("2019-03-05", "If Russia attacks Ukraine, NATO will respond.").empty());
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// "release" publishes documents ("released a list", "released the White
// House's plan") and frees people; "asked X about Y" asks a question;
// "strike a balance" strikes nothing; "attacking Biden's record" stays
// criticism, not a figurative attack dropped.
TEST(Events, PublishingAskingAboutAndBalancesAreNoActs) {
  EXPECT_TRUE(extract_jsonl("2019-03-05", "The Kremlin released a list of Ukrainian officials on Monday.").empty());
  EXPECT_TRUE(extract_jsonl("2019-03-05", "Merkel released the German government's plan on Monday.").empty());
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Hamas released two Israeli hostages on Monday."), "084"), nullptr);
  EXPECT_EQ(find_code(extract_jsonl("2019-03-05", "Merkel asked Putin about the sailors on Monday."), "020"), nullptr);
  EXPECT_TRUE(extract_jsonl("2019-03-05", "The Bundestag needed to strike a balance between openness and "
                                          "security.")
                  .empty());
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Merkel was directly attacking Putin's record on human rights."),
                      "111"),
            nullptr);
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// A warning that names no act to be taken is a pessimistic comment (012);
// a warning of an act, or one set on a condition, stays a threat (13x).
TEST(Events, AWarningWithoutAnActIsAPessimisticComment) {
  auto quote = extract_jsonl("2017-01-24", "\\\"We have to prepare for a rough ride,\\\" German Vice Chancellor "
                                           "Sigmar Gabriel warned.");
  EXPECT_NE(find_code(quote, "012"), nullptr);
  EXPECT_EQ(find_code(quote, "130"), nullptr);
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Merkel warned about the long-term damage to Europe."), "012"),
            nullptr);
  auto act = extract_jsonl("2019-03-05", "Iran warned that it could close the Strait of Hormuz.");
  EXPECT_EQ(find_code(act, "012"), nullptr);
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Scotland's justice minister warned soccer fans that she wants "
                                                  "to ban them from matches."),
                      "130"),
            nullptr);
  // What a thing will do is a forecast; what an actor will do is a threat.
  auto forecast = extract_jsonl("2019-03-05", "The IMF warned that the budget deficit would hamper growth in India.");
  EXPECT_NE(find_code(forecast, "012"), nullptr);
  EXPECT_EQ(find_code(forecast, "130"), nullptr);
  for (const char* text : {"The mayor of Moscow warned that police will break up the rally.",
                           "Putin warned that Russia would respond."}) {
    auto threat = extract_jsonl("2019-03-05", text);
    EXPECT_NE(find_code(threat, "130"), nullptr) << text;
    EXPECT_EQ(find_code(threat, "012"), nullptr) << text;
  }
}

// ---- References within the document (src/actors/pronouns) ----------------

// The text of the evidence item `field` of `e`, or "".
std::string evidence_text(const Event& e, const std::string& field) {
  for (const Evidence& x : e.evidence)
    if (x.field == field) return x.text;
  return "";
}

// A record whose source is coded from `sentence_start`, or nullptr.
const Event* record_from(const std::vector<Event>& events, const std::string& sentence_start) {
  for (const Event& e : events)
    if (evidence_text(e, "sentence").rfind(sentence_start, 0) == 0) return &e;
  return nullptr;
}

TEST(References, SheIsTheWomanNamedBeforeNotTheNearestMan) {
  auto events = extract_jsonl("2019-05-10", "Angela Merkel met Donald Trump in Washington. She criticized Russia.");
  const Event* e = record_from(events, "She criticized");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source.actor.name, "Angela Merkel");
  EXPECT_EQ(e->target.actor.country, "RUS");
  EXPECT_EQ(evidence_text(*e, "source"), "She");
  EXPECT_EQ(evidence_text(*e, "source_antecedent"), "Angela Merkel");
  // With no woman named before, "she" stays unresolved: no record.
  events = extract_jsonl("2019-05-10", "Sergei Lavrov met Mike Pompeo in Sochi. She criticized Russia.");
  EXPECT_EQ(record_from(events, "She criticized"), nullptr);
}

TEST(References, HeIsTheSubjectOfThePreviousSentence) {
  auto events = extract_jsonl("2019-05-10",
                              "Russian Foreign Minister Sergei Lavrov met Mike Pompeo on Monday. He criticized NATO.");
  const Event* e = record_from(events, "He criticized");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source.actor.name, "Sergey Lavrov");
  // A person after a preposition is no subject: "In talks with Pompeo, Lavrov ...".
  events = extract_jsonl("2019-05-10", "After talks with Mike Pompeo, Sergei Lavrov flew home. He criticized NATO.");
  e = record_from(events, "He criticized");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source.actor.name, "Sergey Lavrov");
}

TEST(References, TheyAndItStandForTheBodyOrStateThatWasTheSubject) {
  auto events = extract_jsonl("2019-05-10",
                              "The European Union agreed new measures on Tuesday. They imposed sanctions on Russia.");
  const Event* e = record_from(events, "They imposed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->cameo.substr(0, 2), "16");
  EXPECT_EQ(e->source.actor.name, "European Union");
  EXPECT_EQ(evidence_text(*e, "source_antecedent"), "European Union");
  events = extract_jsonl("2019-05-10", "Iran rejected the plan on Monday. It accused the United States of lying.");
  e = record_from(events, "It accused");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source.actor.country, "IRN");
  EXPECT_EQ(e->target.actor.country, "USA");
  // The subject before is no actor: "it" is the plan, not Iran named later.
  events = extract_jsonl("2019-05-10", "The plan was rejected by Iran on Monday. It accused the United States of lying.");
  EXPECT_EQ(record_from(events, "It accused"), nullptr);
  // A person is no "it".
  events = extract_jsonl("2019-05-10", "Mike Pompeo arrived on Monday. It criticized China.");
  EXPECT_EQ(record_from(events, "It criticized"), nullptr);
}

TEST(References, TheMinistryAndTheCountryReferBack) {
  auto events = extract_jsonl("2019-05-10",
                              "The Chinese foreign ministry issued a statement on Monday. "
                              "The ministry accused Japan of provoking tensions.");
  const Event* e = record_from(events, "The ministry accused");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source.actor.code, "CHNGOV");
  EXPECT_EQ(e->target.actor.country, "JPN");
  EXPECT_EQ(evidence_text(*e, "source_antecedent"), "Chinese foreign ministry");
  events = extract_jsonl("2019-05-10", "Iran rejected the plan on Monday. The country accused the United States of lying.");
  e = record_from(events, "The country accused");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source.actor.country, "IRN");
  // Two states named before and neither the subject: no guess.
  events = extract_jsonl("2019-05-10",
                         "Talks between Iran and Iraq ended on Monday. The country accused the United States of lying.");
  EXPECT_EQ(record_from(events, "The country accused"), nullptr);
  // "the party faithful" is no reference to the party.
  events = extract_jsonl("2019-05-10", "Labour met in Brighton. The party faithful attacked the Conservatives.");
  e = record_from(events, "The party faithful");
  EXPECT_TRUE(e == nullptr || evidence_text(*e, "source_antecedent").empty());
}

// "the party", "the group", "the organization": a noun naming a kind of
// actor stands for the named body of that kind mentioned just before.
TEST(References, ANounNamingAKindOfActorIsTheBodyOfThatKindNamedBefore) {
  auto events = extract_jsonl("2005-04-12",
                              "The Liberal Democrats published their tax plans on Monday. "
                              "Gordon Brown accused the party of hiding spending cuts.");
  const Event* e = record_from(events, "Gordon Brown accused");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->cameo, "112");
  EXPECT_EQ(e->target.actor.name, "Liberal Democrats");
  EXPECT_EQ(evidence_text(*e, "target"), "the party");
  events = extract_jsonl("2014-07-08", "Hamas is based in Gaza. Israel later bombed the group's bases in Gaza.");
  e = record_from(events, "Israel later bombed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source.actor.country, "ISR");
  EXPECT_EQ(e->target.actor.code, "PSEREB");
  events = extract_jsonl("2022-03-01", "The United Nations demanded a ceasefire. The organization also criticized Russia.");
  e = record_from(events, "The organization also criticized");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source.actor.code, "UNOIGO");
  EXPECT_EQ(e->target.actor.country, "RUS");
  // Read alone "the militia" is a group of no country; here it is Hezbollah.
  events = extract_jsonl("2006-07-20", "Hezbollah fired rockets into Israel. The militia accused Israel of aggression.");
  e = record_from(events, "The militia accused");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source.actor.code, "LBNREB");
}

TEST(References, ANounNamingAKindOfActorStaysUnresolvedWhenInDoubt) {
  // Two parties equally near: no guess.
  auto events = extract_jsonl("2005-04-12",
                              "Labour and the Liberal Democrats published their plans on Monday. "
                              "Gordon Brown accused the party of hiding spending cuts.");
  const Event* e = record_from(events, "Gordon Brown accused");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->target.actor.code.empty());
  // An unnamed group brought in after the named one is what "the group" is.
  events = extract_jsonl("2014-07-08",
                         "Hamas is based in Gaza. A group of settlers attacked a village near Hebron. "
                         "Israeli police arrested the group on Tuesday.");
  e = record_from(events, "Israeli police arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->target.actor.code, "PSEREB");
  // "as the party with the best policies" says what Labour is, no reference.
  events = extract_jsonl("2005-04-12",
                         "Labour will ask the British people for support as the party with the best policies.");
  e = record_from(events, "Labour will ask");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->target.actor.code, "GBRCVL");
  // "the party of Lincoln" is a name of its own.
  events = extract_jsonl("2016-05-10", "The Democrats met on Monday. Trump praised the party of Lincoln.");
  e = record_from(events, "Trump praised");
  EXPECT_TRUE(e == nullptr || e->target.actor.code != "USAPTY" || evidence_text(*e, "target_antecedent").empty());
}

TEST(References, ATitleWithSeveralHoldersIsTheOneNamedJustBefore) {
  // Two presidents in the document, only Erdogan in the sentences just before.
  auto events = extract_jsonl("2019-05-10",
                              "President Donald Trump spoke on Monday. Erdogan arrived in Ankara on Tuesday. "
                              "Officials said nothing. The president criticized China.");
  const Event* e = record_from(events, "The president criticized");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source.actor.name, "Recep Tayyip Erdo\xC4\x9F" "an");
  EXPECT_EQ(evidence_text(*e, "source_antecedent"), "Erdogan");
  // Both named in the sentence before: no guess.
  events = extract_jsonl("2019-05-10", "Trump met Erdogan on Monday. The president criticized China.");
  EXPECT_EQ(record_from(events, "The president criticized"), nullptr);
}

TEST(Events, AnAccusationInThePassiveNamesTheAccuserAfterBy) {
  auto events = extract_jsonl("2019-05-10", "Iran was accused by Israel of attacking the ship.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo.substr(0, 3), "112");
  EXPECT_EQ(events[0].source.actor.country, "ISR");
  EXPECT_EQ(events[0].target.actor.country, "IRN");
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// A verb of force used of an election or a game is a contest, not force: a
// contest word, a count or a score in the sentence.  A verbal one is
// criticism; one who bears arms still fights.
TEST(Events, BeatingARivalInAContestIsNoAssault) {
  EXPECT_TRUE(extract_jsonl("2018-05-09", "Governor Mike Pence beat Senator Tim Kaine in the Indiana primary on "
                                          "Tuesday.")
                  .empty());
  EXPECT_TRUE(extract_jsonl("2005-01-10", "Serena Williams beat Venus Williams 6-4 7-5 in Sydney.").empty());
  EXPECT_TRUE(extract_jsonl("2018-05-09", "Senator Ted Cruz withdrew from the presidential race on Tuesday.").empty());
  auto debate = extract_jsonl("2016-10-10", "Hillary Clinton attacked Donald Trump during the second debate.");
  EXPECT_NE(find_code(debate, "111"), nullptr);
  EXPECT_EQ(find_code(debate, "190"), nullptr);
  // Violence on election day is still violence.
  EXPECT_NE(find_code(extract_jsonl("2018-07-25", "Taliban fighters attacked a polling station in Kandahar "
                                                  "during the election."),
                      "190"),
            nullptr);
  EXPECT_NE(find_code(extract_jsonl("2018-05-09", "Police beat protesters in Minsk on Sunday."), "182"), nullptr);
}

// Support told by a count, or of a thing rather than an actor, is no act
// of support; support for an actor, or for a thing an actor owns, is.
TEST(Events, SupportInAPollOrForAThingIsNoEndorsement) {
  EXPECT_TRUE(extract_jsonl("2019-03-05", "In the new survey, 48 percent of Germans said they support the "
                                          "embargo.")
                  .empty());
  EXPECT_TRUE(extract_jsonl("2019-03-05", "Chancellor Angela Merkel supports the ban on diesel cars.").empty());
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Chancellor Angela Merkel supports Emmanuel Macron."), "051"),
            nullptr);
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Turkey supports the rights of Palestinians in Gaza."), "051"),
            nullptr);
}

// A habit, a lasting stance or a power is no act that happened; violence
// told as a practice is still violence.
TEST(Events, HabitsAndPowersAreNoActs) {
  EXPECT_TRUE(extract_jsonl("2019-03-05", "Russia has long supported President Bashar al-Assad.").empty());
  EXPECT_TRUE(extract_jsonl("2019-03-05", "China often criticizes Japan over its history textbooks.").empty());
  EXPECT_TRUE(extract_jsonl("2019-03-05", "The Italian president has the authority to dismiss the prime "
                                          "minister.")
                  .empty());
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "China criticized Japan over its history textbooks."), "111"),
            nullptr);
  EXPECT_FALSE(extract_jsonl("2019-03-05", "Before long, Russian troops attacked the Ukrainian village.").empty());
  EXPECT_FALSE(extract_jsonl("2019-03-05", "Syrian soldiers routinely beat Kurdish prisoners in Aleppo.").empty());
}

// A document, figure or product released is published; an effort or a
// trend fought or defied is figurative; "thanks to" is a cause.
TEST(Events, PublishedThingsFiguresAndCausesAreNoActs) {
  EXPECT_TRUE(extract_jsonl("2012-10-29", "Mitt Romney released his tax returns on Friday.").empty());
  EXPECT_TRUE(extract_jsonl("2012-10-29", "A Reuters poll released Monday puts Barack Obama ahead.").empty());
  EXPECT_TRUE(extract_jsonl("2012-10-29", "Senator Ron Wyden fought efforts to weaken encryption.").empty());
  EXPECT_TRUE(extract_jsonl("2012-10-29", "Vladimir Putin stayed in power thanks to the army.").empty());
  EXPECT_NE(find_code(extract_jsonl("2012-10-29", "Russia released a number of Ukrainian prisoners on Friday."),
                      "084"),
            nullptr);
}

// A fight of one in public life who bears no arms is a political or legal
// struggle; armed men still fight.  A desire to act is no act.
TEST(Events, AStruggleInPoliticsIsNoForce) {
  auto vow = extract_jsonl("2019-03-05", "Senator Elizabeth Warren vowed to fight the new tariffs.");
  EXPECT_EQ(find_code(vow, "190"), nullptr);
  EXPECT_EQ(find_code(vow, "138"), nullptr);  // no threat of force either
  EXPECT_TRUE(extract_jsonl("2019-03-05", "The Labour Party fought the government's housing plans in "
                                          "Parliament.")
                  .empty());
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Kurdish fighters fought Islamic State militants near Kobani."),
                      "190"),
            nullptr);
  EXPECT_TRUE(extract_jsonl("2019-03-05", "Pyongyang voiced its desire to destroy South Korea.").empty());
}

// "call" with an object and then an article or a quotation names the object;
// it phones no one.  A time after the article is when the call was made.
TEST(Events, CallingSomethingANameIsNoPhoneCall) {
  EXPECT_EQ(find_code(extract_jsonl("2019-03-05", "Chancellor Angela Merkel called Donald Trump's tariffs "
                                                  "\\\"unjust.\\\""),
                      "041"),
            nullptr);
  EXPECT_EQ(find_code(extract_jsonl("2019-03-05", "Boris Johnson called the Labour budget a reckless gamble."), "041"),
            nullptr);
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Emmanuel Macron called Vladimir Putin a day after the vote."),
                      "041"),
            nullptr);
}

// A person or a state named before a noun of investigation is the one
// investigated; a body that investigates is the investigator.
TEST(Events, ThePersonBeforeAProbeIsInvestigated) {
  EXPECT_EQ(find_code(extract_jsonl("2019-03-05", "Senator Lindsey Graham asked questions about the Michael "
                                                  "Flynn probe."),
                      "090"),
            nullptr);
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Bulgarian prosecutors said Viktor Orban was investigating "
                                                  "the bank."),
                      "090"),
            nullptr);
}

// What would have happened did not; a call for something is an appeal; a
// prize is a contest.
TEST(Events, CounterfactualsCallsForAndPrizes) {
  EXPECT_TRUE(extract_jsonl("2019-03-05", "Ten years ago, Senator John McCain would have denounced President "
                                          "Vladimir Putin.")
                  .empty());
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Senator John McCain denounced President Vladimir Putin."), "111"),
            nullptr);
  auto call = extract_jsonl("2019-03-05", "Chancellor Angela Merkel repeated her call for new sanctions on Russia.");
  EXPECT_EQ(find_code(call, "041"), nullptr);
  EXPECT_TRUE(extract_jsonl("2005-02-10", "Actor Jamie Foxx beat Clive Owen to the prize for best actor.").empty());
}

// Phrasal senses and illnesses: "seize on" is to make use of, "strike X as"
// to seem, a figure "declines sharply"; a heart attack or an outbreak fought
// is no violence.
TEST(Events, PhrasalSensesAndIllnessesAreNoForce) {
  EXPECT_TRUE(extract_jsonl("2019-03-05", "The Labour Party seized on the remarks of Boris Johnson.").empty());
  EXPECT_TRUE(extract_jsonl("2019-03-05", "Theresa May struck many as a cautious leader.").empty());
  EXPECT_TRUE(extract_jsonl("2019-03-05", "Exports from Russia declined sharply in March.").empty());
  EXPECT_TRUE(extract_jsonl("2019-03-05", "The Kenyan government is fighting an outbreak of cholera.").empty());
  EXPECT_TRUE(extract_jsonl("2019-03-05", "President Boris Yeltsin suffered a heart attack in 1995.").empty());
  EXPECT_TRUE(extract_jsonl("2019-03-05", "A Kenyan judge struck down the new rule on Monday.").empty());
  EXPECT_TRUE(extract_jsonl("2019-03-05", "Chancellor Angela Merkel struck a conciliatory tone.").empty());
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Russian troops seized the airport on Monday."), "171"), nullptr);
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Russia declined the invitation from NATO."), "120"), nullptr);
}

// An appeal against a ruling or to a court is a step at law; an act inside
// a supposition did not happen.
TEST(Events, LegalAppealsAndSuppositionsAreNoActs) {
  EXPECT_TRUE(extract_jsonl("2019-03-05", "Paul Manafort appealed the verdict on Monday.").empty());
  EXPECT_TRUE(extract_jsonl("2019-03-05", "Paul Manafort will appeal to the Supreme Court.").empty());
  auto to_russia = extract_jsonl("2019-03-01", "Germany appealed to Russia to withdraw.");
  EXPECT_TRUE(std::any_of(to_russia.begin(), to_russia.end(),
                          [](const Event& e) { return e.cameo.rfind("02", 0) == 0; }));
  EXPECT_TRUE(extract_jsonl("2019-03-05", "Now suppose Russia attacked Estonia.").empty());
  EXPECT_NE(find_code(extract_jsonl("2019-03-05", "Russia attacked Estonia."), "190"), nullptr);
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// "his White House visit", "her talks with Scholz": a meeting or visit that
// "his"/"her" owns is that of the person the sentence is about.
TEST(Events, AMeetingOwnedByHisOrHerIsTheSubjectsMeeting) {
  // The subject, not the nearer person; the place between pronoun and noun is where the visit went.
  auto events = extract_jsonl("2021-11-19",
                              "Prime Minister Justin Trudeau urged President Joe Biden to drop the tax credit "
                              "during his White House visit on Thursday.");
  const Event* visit = find_code(events, "042");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->source.actor.name, "Justin Trudeau");
  EXPECT_EQ(visit->target.actor.country, "USA");
  events = extract_jsonl("2019-03-14",
                         "Prime Minister Jacinda Ardern pressed President Emmanuel Macron on online extremism "
                         "during her visit to Paris on Wednesday.");
  visit = find_code(events, "042");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->source.actor.name, "Jacinda Ardern");
  EXPECT_EQ(visit->target.actor.country, "FRA");
  // An opening phrase: the subject after its comma.
  events = extract_jsonl("2019-03-14",
                         "During his talks with Chancellor Olaf Scholz, Prime Minister Fumio Kishida raised the "
                         "question of energy prices.");
  const Event* talks = find_code(events, "040");
  if (!talks) talks = find_code(events, "046");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks->source.actor.name, "Fumio Kishida");
  EXPECT_EQ(talks->target.actor.name, "Olaf Scholz");
  // "his" stands for no country: the country subject does not make the visit its own.
  events = extract_jsonl("2019-03-14", "Russia said his visit to Syria had been useful.");
  EXPECT_EQ(find_code(events, "042"), nullptr);
}

// "The summit is set for Friday", "talks slated for May": a meeting whose
// time is set ahead is planned, on the Friday to come.
TEST(Events, AMeetingSetOrSlatedForADayIsPlanned) {
  auto events = extract_jsonl("2018-04-26", "The summit between Moon Jae-in and Kim Jong Un is set for Friday.");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].status, EventStatus::kPlanned);
  EXPECT_EQ(events[0].date, (Date{2018, 4, 27}));
  events = extract_jsonl("2018-04-26", "Talks between Moon Jae-in and Kim Jong Un are slated for Friday.");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].status, EventStatus::kPlanned);
  // A meeting held on a Friday stays held, and in the past.
  events = extract_jsonl("2018-04-26", "Moon Jae-in met Kim Jong Un on Friday, the day the talks were set.");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].status, EventStatus::kOccurred);
  EXPECT_EQ(events[0].date, (Date{2018, 4, 20}));
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// "The Merkel-Macron meeting", "US-Russia talks": the two sides written as one
// hyphenated word are the meeting's two sides, in the order written.
TEST(Events, APairWrittenAsOneHyphenatedWordAreTheTwoSides) {
  auto meeting = extract_jsonl("2018-05-31", "The Merkel-Macron meeting in Berlin on Tuesday focused on the euro.");
  ASSERT_EQ(meeting.size(), 1u);
  EXPECT_EQ(meeting[0].cameo, "040");
  EXPECT_EQ(meeting[0].source.actor.name, "Angela Merkel");
  EXPECT_EQ(meeting[0].target.actor.name, "Emmanuel Macron");
  auto talks = extract_jsonl("2018-05-31", "US-Russia talks on arms control resumed in Geneva on Monday.");
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(talks[0].source.actor.country, "USA");
  EXPECT_EQ(talks[0].target.actor.country, "RUS");
  // One name with a hyphen is one side only.
  EXPECT_TRUE(extract_jsonl("2018-05-31", "The Rolls-Royce meeting in Derby on Tuesday focused on jobs.").empty());
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

const Event* with_trigger(const std::vector<Event>& events, const std::string& trigger) {
  for (const Event& e : events)
    for (const Evidence& span : e.evidence)
      if (span.field == "trigger" && span.text == trigger) return &e;
  return nullptr;
}

// A year or day before a noun dates that noun: the criticism is not of
// 2014, the sanctions are; neither is such a date a time of the paragraph.
TEST(EventDates, ATimeBeforeANounDatesThatNounOnly) {
  auto events = extract_jsonl("2017-05-11", "Putin criticized the 2014 sanctions against Russia.");
  const Event* criticized = with_trigger(events, "criticized");
  const Event* sanctions = with_trigger(events, "sanctions");
  ASSERT_NE(criticized, nullptr);
  ASSERT_NE(sanctions, nullptr);
  EXPECT_EQ(criticized->date_basis, "publication_date");
  EXPECT_FALSE(criticized->background);
  EXPECT_EQ(sanctions->date.iso(), "2014");
  EXPECT_TRUE(sanctions->background);
  auto counted = extract_jsonl("2018-06-25", "Mueller is investigating several 2017 meetings of Prince in Moscow.");
  ASSERT_FALSE(counted.empty());
  for (const Event& e : counted) EXPECT_NE(e.date.iso(), "2017");  // the meetings', not the inquiry's
  auto adverbial = extract_jsonl("2017-05-11", "During the 2016 campaign, Trump praised Putin.");
  ASSERT_EQ(adverbial.size(), 1u);
  EXPECT_EQ(adverbial[0].date.iso(), "2016");  // the noun phrase is the clause's time
  auto interview = extract_jsonl("2017-05-11", "Merkel criticized Putin in her 2015 interview with German television.");
  ASSERT_EQ(interview.size(), 1u);
  EXPECT_EQ(interview[0].date.iso(), "2015");
  auto sunday = extract_jsonl("2020-02-04",
                              "Several Democratic lawmakers plan to boycott the speech, and Trump told Fox News in "
                              "his Sunday interview that he saw no path to working with them.");
  const Event* boycott = with_trigger(sunday, "boycott");
  ASSERT_NE(boycott, nullptr);
  EXPECT_NE(boycott->date.iso(), "2020-02-02");  // Sunday is the interview's, in another clause
}

// The time of the main clause is not that of an act in a relative clause
// or in what a report says; a relative clause on the dated phrase itself
// is dated by it.
TEST(EventDates, AnotherClausesTimeDoesNotDateTheAct) {
  auto relative = extract_jsonl("2017-05-11",
                                "Earlier this month, Tillerson met the general who led the inquiry into the assault, "
                                "in which rebels attacked the Syrian army.");
  const Event* attacked = with_trigger(relative, "attacked");
  ASSERT_NE(attacked, nullptr);
  EXPECT_NE(attacked->date_basis, "timex");
  auto reported = extract_jsonl("2017-05-11", "On Tuesday, the newspaper reported that Russia attacked the convoy.");
  attacked = with_trigger(reported, "attacked");
  ASSERT_NE(attacked, nullptr);
  EXPECT_NE(attacked->date_basis, "timex");
  auto rally = extract_jsonl("2017-05-11", "Putin spoke at a summit in Beijing this week, where he criticized NATO.");
  const Event* criticized = with_trigger(rally, "criticized");
  ASSERT_NE(criticized, nullptr);
  EXPECT_EQ(criticized->date.iso(), "2017-05");
  EXPECT_EQ(criticized->date_text, "this week");
  // A report that closes the sentence dates all it reports.
  auto attribution = extract_jsonl("2017-05-12",
                                   "Russia praised Ukraine, but noted that it is too early to draw conclusions, "
                                   "Kremlin spokesman Dmitry Peskov said on Thursday.");
  ASSERT_EQ(attribution.size(), 1u);
  EXPECT_EQ(attribution[0].date.iso(), "2017-05-11");
}

// An act that happened is not dated after its publication: the year is
// that of what was pledged, not of the pledge.  A deadline is not when
// an act happened either.
TEST(EventDates, AnActThatHappenedIsNotDatedAheadOrByItsDeadline) {
  auto pledge = extract_jsonl("2015-06-01", "Obama pledged to cut emissions in 2025.");
  const Event* pledged = with_trigger(pledge, "pledged");
  ASSERT_NE(pledged, nullptr);
  EXPECT_NE(pledged->date.iso(), "2025");
  auto deadline = extract_jsonl("2013-10-01",
                                "Senior White House officials refused to rule out a short-term increase of the "
                                "borrowing limit through 2013.");
  for (const Event& e : deadline) EXPECT_NE(e.date_text, "2013");
}

// "the weekend" (2015-W27-WE) is Saturday 4 and Sunday 5 July: July,
// although its week began in June.
TEST(EventDates, AWeekendIsDatedToItsOwnMonth) {
  auto events = extract_jsonl("2015-07-06", "Protesters clashed with police in Athens over the weekend.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].date.iso(), "2015-07");
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// A simple past act without a time of its own goes on in the time that
// frames the sentence before it; not when it sets its own ("two years
// later"), nor from a time told after the other sentence's verb.
TEST(EventDates, AnUndatedActGoesOnInThePreviousSentencesTime) {
  auto framed = extract_jsonl("2018-03-20", "In January, Russia expelled two British diplomats. It accused them of spying.");
  const Event* accused = with_trigger(framed, "accused them of");
  ASSERT_NE(accused, nullptr);
  EXPECT_EQ(accused->date.iso(), "2018-01");
  EXPECT_EQ(accused->date_basis, "previous_sentence");
  EXPECT_EQ(accused->date_text, "January");
  auto later = extract_jsonl("2018-03-20",
                             "In January, Russia expelled two British diplomats. Two years later, it accused them of "
                             "spying.");
  accused = with_trigger(later, "accused them of");
  ASSERT_NE(accused, nullptr);
  EXPECT_FALSE(accused->date.known());
  auto listed = extract_jsonl("2018-03-20",
                              "Britain imposed sanctions on Russia in 2014. It also expelled two Russian diplomats.");
  const Event* expelled = with_trigger(listed, "expelled two Russian diplomats");
  ASSERT_NE(expelled, nullptr);
  EXPECT_FALSE(expelled->date.known());
}

// The time told goes on through one quote and into the next paragraph when
// the act has a side named there ("On Tuesday, Pompeo met Lavrov ... //
// Pompeo criticized ..."); a new paragraph of other people, or two quotes
// in between, end it.
TEST(EventDates, TheTimeToldGoesOnIntoTheNextParagraphWithTheSamePeople) {
  const std::string before =
      "Russia and the United States disagree on Venezuela.\\n\\nAnalysts expect little progress.\\n\\n"
      "Oil prices rose again.\\n\\nOn Tuesday, Mike Pompeo met Sergei Lavrov in Sochi.\\n\\n"
      "\\\"We had a frank exchange,\\\" Lavrov said.\\n\\n";
  auto same = extract_jsonl("2019-05-16", before + "Pompeo criticized Russia over its support for Maduro.");
  const Event* criticized = with_trigger(same, "criticized");
  ASSERT_NE(criticized, nullptr);
  EXPECT_EQ(criticized->date.iso(), "2019-05-14");
  EXPECT_EQ(criticized->date_basis, "previous_sentence");
  EXPECT_EQ(criticized->date_text, "Tuesday");
  auto others = extract_jsonl("2019-05-16", before + "Juan Guaido criticized Nicolas Maduro over the blackouts.");
  criticized = with_trigger(others, "criticized");
  ASSERT_NE(criticized, nullptr);
  EXPECT_FALSE(criticized->date.known());
  auto quotes = extract_jsonl("2019-05-16", before + "\\\"It was useful,\\\" Pompeo said.\\n\\n"
                                                     "Pompeo criticized Russia over its support for Maduro.");
  criticized = with_trigger(quotes, "criticized");
  ASSERT_NE(criticized, nullptr);
  EXPECT_FALSE(criticized->date.known());
}

// In the lead, an undated act goes on in the time its first sentence told
// rather than on the publication date; an act in the present passive ("is
// also charged") does not go on in it.
TEST(EventDates, TheLeadGoesOnInItsFirstSentencesTime) {
  auto lead = extract_jsonl("2019-12-16",
                            "The senior U.S. Senate Democrat called on Sunday for testimony from White House aides."
                            "\\n\\nSenate Democratic leader Chuck Schumer urged the Senate to subpoena Mick Mulvaney.");
  const Event* urged = with_trigger(lead, "urged");
  ASSERT_NE(urged, nullptr);
  EXPECT_EQ(urged->date.iso(), "2019-12-15");
  EXPECT_EQ(urged->date_basis, "previous_sentence");
  auto charged = extract_jsonl("2015-05-28",
                               "In 2010, Dennis Hastert withdrew cash from his accounts. He is also charged with "
                               "lying to the FBI.");
  const Event* lying = test::with_code_family(charged, "17");
  ASSERT_NE(lying, nullptr);
  EXPECT_NE(lying->date.iso(), "2010");
}

// ", and the following month he disparaged ...": a clause that opens with
// its time has that time; the act before it does not take it.
TEST(EventDates, AClauseOpenedByItsTimeKeepsItForItself) {
  auto events = extract_jsonl("2018-08-31",
                              "Trump lashed out at key allies at June's Group of Seven summit in Canada, and the "
                              "following month he criticized NATO partners in Belgium.");
  const Event* summit = with_trigger(events, "summit");
  ASSERT_NE(summit, nullptr);
  EXPECT_EQ(summit->date.iso(), "2018-06");
  const Event* criticized = with_trigger(events, "criticized");
  ASSERT_NE(criticized, nullptr);
  EXPECT_EQ(criticized->date.iso(), "2018-07");
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// An act in a clause opened by "since" lies before the news; an act after
// that clause is closed does not.
TEST(EventDates, AnActInASinceClauseIsNoFreshNews) {
  auto events = extract_jsonl("2020-05-07",
                              "Tara Reade, the woman who has accused Joe Biden of assault, spoke in her first "
                              "interview since Biden denied her claim.");
  const Event* denied = with_trigger(events, "denied");
  ASSERT_NE(denied, nullptr);
  EXPECT_FALSE(denied->date.known());
  EXPECT_TRUE(denied->background);
  auto closed = extract_jsonl("2020-05-07",
                              "It was the worst violence since the war began, and troops attacked the town.");
  const Event* attacked = with_trigger(closed, "attacked");
  ASSERT_NE(attacked, nullptr);
  EXPECT_EQ(attacked->date_basis, "publication_date");  // the comma closed the "since" clause
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// An accusation is the report itself: the report's day dates it.  A
// clause with a subject of its own after the act ("the deal it signed in
// 2015") has its own time.
TEST(EventDates, AnAccusationTakesTheReportsTimeAReducedRelativeKeepsItsOwn) {
  auto said = extract_jsonl("2018-05-01", "Russia said on Monday that Ukraine lied about the attack.");
  const Event* lied = with_trigger(said, "lied");
  ASSERT_NE(lied, nullptr);
  EXPECT_EQ(lied->cameo, "112");
  EXPECT_EQ(lied->date.iso(), "2018-04-30");
  auto deal = extract_jsonl("2018-05-01", "Putin criticized the nuclear deal it signed in 2015.");
  const Event* criticized = with_trigger(deal, "criticized");
  ASSERT_NE(criticized, nullptr);
  EXPECT_NE(criticized->date.iso(), "2015");
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// A time inside the first of two clauses does not date the second; a
// time that frames the whole sentence dates both.
TEST(EventDates, TheFirstClausesTimeIsNotTheSecondsUnlessItFramesTheSentence) {
  auto inner = extract_jsonl("2014-05-01",
                             "Congress obtained the documents from Obama last year, but a court ordered Russia to "
                             "release them.");
  const Event* ordered = with_trigger(inner, "ordered");
  ASSERT_NE(ordered, nullptr);
  EXPECT_NE(ordered->date.iso(), "2013");
  auto framing = extract_jsonl("2014-05-01", "On Monday, Russia attacked Kharkiv, and Ukraine shelled Donetsk.");
  const Event* shelled = with_trigger(framing, "shelled");
  ASSERT_NE(shelled, nullptr);
  EXPECT_EQ(shelled->date.iso(), "2014-04-28");
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// The progressive of a verb of planning plans as its past does: the
// attack Hamas "is vowing" is not done, and takes no publication date.
TEST(EventDates, AnActSomeoneIsVowingIsPlannedAndUndated) {
  auto events = extract_jsonl("2014-08-20", "Hamas is vowing to attack Israel.");
  const Event* attack = with_trigger(events, "attack");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->status, EventStatus::kPlanned);
  EXPECT_EQ(attack->cameo, "138");
  EXPECT_FALSE(attack->date.known());
  auto promising = extract_jsonl("2014-08-20", "Reid is promising to allow votes on the bill.");
  const Event* allow = with_trigger(promising, "allow");
  ASSERT_NE(allow, nullptr);
  EXPECT_EQ(allow->status, EventStatus::kPlanned);
}

// A time in an aside on a noun (a relative clause, an apposition to a
// name) dates that noun; an act in a relative clause does not take the
// main clause's time; an aside that is the time itself dates the act.
TEST(EventDates, ATimeInAnAsideDatesItsNounNotTheAct) {
  auto lost = extract_jsonl("2019-06-21",
                            "But the former North Dakota senator Heidi Heitkamp, who lost re-election in 2018, warned "
                            "that Democrats would continue to lose the White House.");
  const Event* warned = with_trigger(lost, "warned");
  ASSERT_NE(warned, nullptr);
  EXPECT_NE(warned->date.iso(), "2018");
  EXPECT_FALSE(warned->background);  // 2018 is no time of the paragraph either
  auto lawyer = extract_jsonl("2016-11-01",
                              "Richard Painter, President Bush's top ethics lawyer from 2005 to 2007, went further, "
                              "saying Mr. Comey's letter had violated a federal law.");
  const Event* violated = with_trigger(lawyer, "violated");
  ASSERT_NE(violated, nullptr);
  EXPECT_NE(violated->date.iso(), "2007");
  auto tweeted = extract_jsonl("2019-01-09",
                               "Trump threatened to cut off funds for California on Wednesday. California Gov. Gavin "
                               "Newsom, who has criticized Trump over fire policy, tweeted after the president's "
                               "speech Tuesday that Trump governs by fear.");
  const Event* criticized = with_trigger(tweeted, "criticized");
  ASSERT_NE(criticized, nullptr);
  EXPECT_NE(criticized->date_text, "Tuesday");
  auto itself = extract_jsonl("2017-05-11", "Putin, last week, criticized NATO.");
  ASSERT_EQ(itself.size(), 1u);
  EXPECT_EQ(itself[0].date_text, "last week");
  // A place in apposition keeps the clause's time; so does a clause after
  // a time that frames it; an aside goes on after "and".
  auto place = extract_jsonl("2015-02-25",
                             "The FBI conducted a series of terror raids in Brooklyn, New York on Wednesday, "
                             "arresting three men from Uzbekistan.");
  const Event* arresting = with_trigger(place, "arresting");
  ASSERT_NE(arresting, nullptr);
  EXPECT_EQ(arresting->date_text, "Wednesday");
  auto cnbc = extract_jsonl("2016-11-01",
                            "On Monday, CNBC reported that in early October, Mr. Comey fought successfully to keep "
                            "the F.B.I.'s name off a government report.");
  const Event* fought = with_trigger(cnbc, "fought");
  ASSERT_NE(fought, nullptr);
  EXPECT_EQ(fought->date_text, "early October");
  auto also = extract_jsonl("2018-06-26",
                            "Her remarks drew a response from President Trump, who called her a low IQ person in a "
                            "tweet on Monday, and warned Waters.");
  const Event* warned_too = with_trigger(also, "warned");
  ASSERT_NE(warned_too, nullptr);
  EXPECT_EQ(warned_too->date_text, "Monday");
}

// An act in a clause of "after" or "before" that comes later in the
// sentence is placed against its time, not at it; one right after the
// time ("On Monday after talks with Putin") is of that day.
TEST(EventDates, AnActAfterOrBeforeTheTimeIsNotAtIt) {
  auto broke = extract_jsonl("2019-01-10",
                             "Pelosi spoke on Tuesday. Trump criticized Pelosi again. The president visited the Texas "
                             "border on Thursday in a publicity ploy to make the case for his wall after negotiations "
                             "with Democrats broke down.");
  const Event* negotiations = with_trigger(broke, "negotiations");
  ASSERT_NE(negotiations, nullptr);
  EXPECT_NE(negotiations->date_text, "Thursday");
  // A month holds what happened days after a time in it.
  auto july = extract_jsonl("2019-12-01",
                            "In July 2019, a man in New York attacked a Hindu priest just days after Trump called for "
                            "three congresswomen to go back.");
  const Event* called = with_trigger(july, "called for");
  ASSERT_NE(called, nullptr);
  EXPECT_EQ(called->date.iso(), "2019-07");
  auto same_day = extract_jsonl("2017-05-11", "On Monday after talks with Putin, Trump criticized NATO.");
  const Event* talks = with_trigger(same_day, "talks");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks->date_text, "Monday");
  auto dashes = extract_jsonl("2017-05-11",
                              "Merkel spoke on Monday. Flynn \u2013 who sat with Vladimir Putin at a 2015 event in "
                              "Moscow \u2013 was forced to resign after he misrepresented his contacts with the "
                              "Russian ambassador.");
  const Event* contacts = with_trigger(dashes, "contacts");
  ASSERT_NE(contacts, nullptr);
  EXPECT_NE(contacts->date.iso(), "2015");  // the aside between dashes dates the event Flynn sat at
}

// "alleged" after a determiner or an owner is an adjective ("Flynn's
// alleged contacts"), no report: the time before it still dates the act.
TEST(EventDates, AnAllegedThingIsNoReport) {
  auto events = extract_jsonl("2020-05-07",
                              "But when investigators moved to close their surveillance of Flynn on January 4, 2017, "
                              "saying they had found no information on Flynn's alleged Russian contacts, FBI agent "
                              "Peter Strzok moved to request that the case be kept open.");
  const Event* request = with_trigger(events, "request");
  ASSERT_NE(request, nullptr);
  EXPECT_EQ(request->date.iso(), "2017-01-04");
  EXPECT_TRUE(request->background);
}

// "That night" dates an act on the night of the day the sentence before
// names.
TEST(EventDates, ThatNightIsTheNightOfTheDaySpokenOf) {
  auto events = extract_jsonl("2017-04-21",
                              "Ailes stepped down July 21. That night, Trump officially accepted the Republican "
                              "presidential nomination in Cleveland.");
  const Event* accepted = with_trigger(events, "accepted");
  ASSERT_NE(accepted, nullptr);
  EXPECT_EQ(accepted->date.iso(), "2016-07-21");
  EXPECT_EQ(accepted->date_text, "That night");
  EXPECT_TRUE(accepted->background);
}

// A season or quarter is dated by its year, but the background test
// counts from the month it ends in: the spring is old news in October, not
// in June.
TEST(EventDates, ASeasonIsBackgroundMonthsAfterItEnds) {
  auto october = extract_jsonl("2014-10-27", "Russia annexed Crimea this spring.");
  ASSERT_EQ(october.size(), 1u);
  EXPECT_EQ(october[0].date.iso(), "2014");
  EXPECT_TRUE(october[0].background);
  auto june = extract_jsonl("2014-06-02", "Russia annexed Crimea this spring.");
  ASSERT_EQ(june.size(), 1u);
  EXPECT_FALSE(june[0].background);
  auto quarter = extract_jsonl("2014-07-30", "The rebels attacked the army in the first quarter.");
  const Event* attacked = with_trigger(quarter, "attacked");
  ASSERT_NE(attacked, nullptr);
  EXPECT_TRUE(attacked->background);
}

// A record that takes its date from a later mention takes its background
// flag with it: an arrest in January 2015 told in a 2019 article is old.
TEST(EventDates, AMergedDateBringsItsBackgroundFlag) {
  auto events = extract_jsonl("2019-12-04",
                              "George Zimmerman sued the parents of Trayvon Martin on Wednesday.\\n\\nHe has sued "
                              "others before. George Zimmerman has been arrested in several alleged domestic "
                              "incidents but not charged.\\n\\nGeorge Zimmerman was arrested in January 2015 on the "
                              "suspected aggravated assault of another girlfriend.");
  const Event* arrested = with_trigger(events, "arrested");
  ASSERT_NE(arrested, nullptr);
  EXPECT_EQ(arrested->date.iso(), "2015-01");
  EXPECT_TRUE(arrested->background);
}

}  // namespace
}  // namespace parley
