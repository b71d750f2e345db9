#include <gtest/gtest.h>

#include "base/calendar.h"
#include "clean/text_cleaner.h"
#include "segment/segmenter.h"
#include "test_util.h"
#include "time/lexicon.h"
#include "time/timex.h"

namespace parley {
namespace {

// (text, value) of every time expression in `sentence`, against `dct`.
std::vector<std::pair<std::string, std::string>> timexes(const std::string& sentence, Date dct) {
  auto r = test::read_bytes(sentence + "\n");
  EXPECT_EQ(r.docs.size(), 1u);
  Document d = std::move(r.docs[0]);
  segment::segment(d);
  time::tag_timexes(d, dct);
  std::vector<std::pair<std::string, std::string>> out;
  for (const Timex& t : d.timexes) out.emplace_back(std::string(d.view(t.text)), t.value);
  return out;
}

using P = std::vector<std::pair<std::string, std::string>>;
const Date kWed20171101{2017, 11, 1};

TEST(Timex, WeekdaysFollowTense) {
  EXPECT_EQ(timexes("On Tuesday, Tillerson met with the ambassador.", kWed20171101), (P{{"Tuesday", "2017-10-31"}}));
  EXPECT_EQ(timexes("The ministers will meet Wednesday in Bonn.", kWed20171101), (P{{"Wednesday", "2017-11-08"}}));
  EXPECT_EQ(timexes("They spoke on Friday.", kWed20171101), (P{{"Friday", "2017-10-27"}}));
  // "next to" is a place; "is to resume" and "as early as" look ahead.
  EXPECT_EQ(timexes("The bombs went off next to the embassies on Friday.", kWed20171101),
            (P{{"Friday", "2017-10-27"}}));
  EXPECT_EQ(timexes("Trading in the shares is to resume in Paris Tuesday.", kWed20171101),
            (P{{"Tuesday", "2017-11-07"}}));
  EXPECT_EQ(timexes("The father could arrive as early as Thursday.", kWed20171101), (P{{"Thursday", "2017-11-02"}}));
}

TEST(Timex, APlannedEventInThePresentLiesAhead) {
  const Date fri{2000, 1, 7};
  EXPECT_EQ(timexes("The two foreign ministers meet separately Monday with the envoy.", fri),
            (P{{"Monday", "2000-01-10"}}));
  EXPECT_EQ(timexes("The governor heads to Washington on Tuesday.", fri), (P{{"Tuesday", "2000-01-11"}}));
  EXPECT_EQ(timexes("The summit, which opens Wednesday in Vienna, will discuss trade.", fri),
            (P{{"Wednesday", "2000-01-12"}}));
  // Said on the day itself, it is that day.
  EXPECT_EQ(timexes("The envoy arrives in Moscow Friday with a new offer.", fri), (P{{"Friday", "2000-01-07"}}));
  // A noun ("his return", "a televised address") or a habit tells no plan; the past stays past.
  EXPECT_EQ(timexes("After his return Monday, the minister resigned.", fri), (P{{"Monday", "2000-01-03"}}));
  EXPECT_EQ(timexes("The committee usually meets Tuesday, officials said.", fri), (P{{"Tuesday", "2000-01-04"}}));
  EXPECT_EQ(timexes("The delegates met Wednesday in Geneva.", fri), (P{{"Wednesday", "2000-01-05"}}));
}

TEST(Timex, AnActAnsweredIsDoneEvenInAFutureClause) {
  const Date fri{2000, 1, 7};
  EXPECT_EQ(timexes("The family said they would look for ways to get around Wednesday's ruling.", fri),
            (P{{"Wednesday", "2000-01-05"}}));
  EXPECT_EQ(timexes("The party will appeal Tuesday's court decision.", fri), (P{{"Tuesday", "2000-01-04"}}));
  // A meeting can lie ahead.
  EXPECT_EQ(timexes("The ministers will attend Monday's meeting in Bonn.", fri), (P{{"Monday", "2000-01-10"}}));
}

TEST(Timex, CalendarDates) {
  EXPECT_EQ(timexes("He spoke on Thursday, Oct. 26, 2017, in Geneva.", kWed20171101),
            (P{{"Thursday, Oct. 26, 2017", "2017-10-26"}}));
  EXPECT_EQ(timexes("In December 2016, Flynn discussed sanctions.", kWed20171101), (P{{"December 2016", "2016-12"}}));
  EXPECT_EQ(timexes("The talks were held on 2017-05-10 in Washington.", kWed20171101),
            (P{{"2017-05-10", "2017-05-10"}}));
  EXPECT_EQ(timexes("The summit will take place in Hamburg in July.", Date{2017, 5, 11}), (P{{"July", "2017-07"}}));
  // A past month later in the year than the publication date is last year's.
  EXPECT_EQ(timexes("Last December, the two sides agreed to a prisoner exchange.", Date{2023, 7, 14}),
            (P{{"Last December", "2022-12"}}));
  EXPECT_EQ(timexes("In March, the journalist was arrested.", Date{2023, 7, 14}), (P{{"March", "2023-03"}}));
}

TEST(Timex, RelativeExpressionsNeedAPublicationDate) {
  EXPECT_EQ(timexes("They met yesterday.", kWed20171101), (P{{"yesterday", "2017-10-31"}}));
  EXPECT_EQ(timexes("They met on Tuesday.", Date{}), (P{{"Tuesday", ""}}));  // unknown stays unknown
  EXPECT_EQ(timexes("Sanctions were imposed last year.", kWed20171101), (P{{"last year", "2016"}}));
}

TEST(Timex, DurationsAndReferences) {
  EXPECT_EQ(timexes("During his three-day visit he met officials for 25 minutes.", kWed20171101),
            (P{{"three-day", "P3D"}, {"25 minutes", "PT25M"}}));
  EXPECT_EQ(timexes("The envoy arrived two days ago and is now in Paris.", kWed20171101),
            (P{{"two days ago", "2017-10-30"}, {"now", "PRESENT_REF"}}));
  EXPECT_EQ(timexes("Profits fell in the third quarter.", kWed20171101), (P{{"the third quarter", "2017-Q3"}}));
  EXPECT_EQ(timexes("The treaty dates from 1987 and covers 2,692 missiles.", kWed20171101), (P{{"1987", "1987"}}));
}

TEST(Timex, MayTheVerbIsNoDate) {
  EXPECT_TRUE(timexes("The talks may resume soon.", kWed20171101).empty());
  EXPECT_EQ(timexes("Lavrov visited in May 2017.", kWed20171101), (P{{"May 2017", "2017-05"}}));
}

const Date kThu19891026{1989, 10, 26};

TEST(Timex, QuartersFollowTheReferenceTime) {
  EXPECT_EQ(timexes("Net income rose 5% in the third quarter from $3 million a year earlier.", kThu19891026),
            (P{{"the third quarter", "1989-Q3"}, {"a year earlier", "1988-Q3"}}));
  EXPECT_EQ(timexes("Sales in the year-earlier quarter were $8 million.", kThu19891026),
            (P{{"the year-earlier quarter", "1988-Q3"}}));
  // Reported quarters are the ones just ended.
  EXPECT_EQ(timexes("Profit fell 12% in the quarter.", kThu19891026), (P{{"the quarter", "1989-Q3"}}));
  EXPECT_EQ(timexes("The company expects a loss in the fourth quarter of 1990.", kThu19891026),
            (P{{"the fourth quarter of 1990", "1990-Q4"}}));
  // "The year ended June 30" is a fiscal year: a stretch of time.
  EXPECT_EQ(timexes("Revenue was $76 million for the year ended June 30.", kThu19891026),
            (P{{"the year", "P1Y"}, {"June 30", "1989-06-30"}}));
}

TEST(Timex, DeicticUnitsSeasonsAndDecades) {
  EXPECT_EQ(timexes("Prices rose last fall and will rise again this summer.", Date{1998, 2, 6}),
            (P{{"last fall", "1997-FA"}, {"this summer", "1998-SU"}}));
  EXPECT_EQ(timexes("Unemployment peaked in the early 1980s.", kThu19891026), (P{{"the early 1980s", "198"}}));
  EXPECT_EQ(timexes("The team played over the weekend.", Date{1989, 10, 30}), (P{{"the weekend", "1989-W43-WE"}}));
  EXPECT_EQ(timexes("Sales grew earlier this year.", kThu19891026), (P{{"earlier this year", "1989"}}));
}

TEST(Timex, ClockTimesAndPartsOfDay) {
  EXPECT_EQ(timexes("The polls closed at 10 p.m. Wednesday.", Date{1998, 2, 13}),
            (P{{"10 p.m. Wednesday", "1998-02-11T22:00"}}));
  EXPECT_EQ(timexes("The minister spoke this morning.", Date{1998, 2, 6}), (P{{"this morning", "1998-02-06TMO"}}));
  EXPECT_EQ(timexes("Rebels attacked the town last night.", Date{1998, 2, 6}), (P{{"last night", "1998-02-05TNI"}}));
  EXPECT_EQ(timexes("Shares fell in mid-afternoon yesterday and will rebound later this afternoon.", Date{1989, 11, 2}),
            (P{{"mid-afternoon yesterday", "1989-11-01TAF"}, {"later this afternoon", "1989-11-02TAF"}}));
}

TEST(Timex, SetsDurationsAndVagueReferences) {
  EXPECT_EQ(timexes("The paper is published daily and audited every year.", kThu19891026),
            (P{{"daily", "P1D"}, {"every year", "P1Y"}}));
  EXPECT_EQ(timexes("Prices have doubled over the past two years.", kThu19891026), (P{{"the past two years", "P2Y"}}));
  EXPECT_EQ(timexes("He served 2 1/2 years in prison.", kThu19891026), (P{{"2 1/2 years", "P2Y6M"}}));
  EXPECT_EQ(timexes("Talks could resume in the near future.", kThu19891026), (P{{"the near future", "FUTURE_REF"}}));
  // "recent years" is "the past few years": some years up to now; "recent weeks
  // and months" names no one unit and stays a vague past.
  EXPECT_EQ(timexes("Violence has grown in recent years.", kThu19891026), (P{{"recent years", "PXY"}}));
  EXPECT_EQ(timexes("Rates may fall in coming weeks.", kThu19891026), (P{{"coming weeks", "PXW"}}));
  EXPECT_EQ(timexes("Funds have sold bonds in recent weeks and months.", kThu19891026),
            (P{{"recent weeks and months", "PAST_REF"}}));
  EXPECT_EQ(timexes("The 6-year-old boy arrived.", kThu19891026), P{});  // an age
  EXPECT_EQ(timexes("The plan saves $500 million a year.", kThu19891026), P{});  // a rate
  EXPECT_EQ(timexes("The council meets twice a week.", kThu19891026), (P{{"a week", "P1W"}}));
  // Capitalised units inside a sentence are titles.
  EXPECT_EQ(timexes("He told 60 Minutes and This Week that he would stay.", kThu19891026), P{});
}

TEST(Timex, MonthsWithoutYearFollowTenseOrNearness) {
  // "set" is no past tense here; "expected" looks ahead.
  EXPECT_EQ(timexes("The issue is expected to dominate a summit set for Washington in April.", Date{1998, 12, 5}),
            (P{{"April", "1999-04"}}));
  // No tense: the nearer January.
  EXPECT_EQ(timexes("The stock split would be paid on a date in January to holders of record.", kThu19891026),
            (P{{"January", "1990-01"}}));
  EXPECT_EQ(timexes("The company acquired the unit in February.", kThu19891026), (P{{"February", "1989-02"}}));
}

TEST(Timex, HolidaysAndPeriodModifiers) {
  EXPECT_EQ(timexes("The family will gather on Thanksgiving Day.", Date{1999, 10, 24}),
            (P{{"Thanksgiving Day", "1999-11-25"}}));
  EXPECT_EQ(timexes("Voters went to the polls on Election Day.", Date{1998, 11, 5}), (P{{"Election Day", "1998-11-03"}}));
  // The date bounding a period does not replace it as the reference.
  EXPECT_EQ(timexes("Net rose in the third quarter ended Sept. 30, above the year-earlier $4 million.", kThu19891026),
            (P{{"the third quarter", "1989-Q3"}, {"Sept. 30", "1989-09-30"}, {"year-earlier", "1988-Q3"}}));
  EXPECT_EQ(timexes("Sales beat last year's $1.55 billion.", kThu19891026), (P{{"last year", "1988"}}));
}

TEST(Timex, YearEndsAndNonDurations) {
  EXPECT_EQ(timexes("The plant will close by year-end.", kThu19891026), (P{{"year-end", "1989"}}));
  EXPECT_EQ(timexes("Mr. Smith, 52 years old, won a second term with a quarter of the vote.", kThu19891026), P{});
  // "Three days later" is a duration followed by a signal; "a year earlier" a date.
  EXPECT_EQ(timexes("Three days later, the index was down 6%.", kThu19891026), (P{{"Three days", "P3D"}}));
  // A year before a day is a year.
  EXPECT_EQ(timexes("Shares rose yesterday, as they had a year earlier.", kThu19891026),
            (P{{"yesterday", "1989-10-25"}, {"a year earlier", "1988"}}));
}

TEST(Timex, AnaphoricWeekdaysAndPastPlans) {
  // "the previous Friday" counts back from the day spoken of, not from the publication date.
  EXPECT_EQ(timexes("The index closed Friday down 4.5% from the previous Friday.", Date{1989, 10, 30}),
            (P{{"Friday", "1989-10-27"}, {"the previous Friday", "1989-10-20"}}));
  // A plan in the past perfect lies in the past: "had been due".
  EXPECT_EQ(timexes("The offer had been due to expire Friday evening.", Date{1989, 10, 30}),
            (P{{"Friday evening", "1989-10-27TEV"}}));
  EXPECT_EQ(timexes("The offer is due to expire Friday evening.", Date{1989, 10, 30}),
            (P{{"Friday evening", "1989-11-03TEV"}}));
}

TEST(Timex, ThenCurrentIsNoPresent) {
  // "the then-current price" was current at a time spoken of, not now.
  EXPECT_EQ(timexes("Holders may buy shares at half the then-current market price.", kThu19891026),
            (P{{"then-current", "PAST_REF"}}));
  EXPECT_EQ(timexes("The current price is too high.", kThu19891026), (P{{"current", "PRESENT_REF"}}));
}

TEST(Timex, CoordinatedQuartersAreEachAQuarter) {
  EXPECT_EQ(timexes("Sales rose in the first and second quarters of 1990.", kThu19891026),
            (P{{"first", "1990-Q1"}, {"second quarters of 1990", "1990-Q2"}}));
  EXPECT_EQ(timexes("Margins narrowed in the second and third quarters.", kThu19891026),
            (P{{"second", "1989-Q2"}, {"third quarters", "1989-Q3"}}));
  // In a habit, every year's quarter.
  EXPECT_EQ(timexes("Most of its orders usually arrive in the second and fourth quarters.", kThu19891026),
            (P{{"second", "XXXX-Q2"}, {"fourth quarters", "XXXX-Q4"}}));
}

TEST(Timex, BarePluralAfterInIsTheStretchUpToNow) {
  EXPECT_EQ(timexes("Exports posted their biggest gain in years, the first rise in decades.", Date{2016, 3, 9}),
            (P{{"years", "PXY"}, {"decades", "PXE"}}));
  EXPECT_EQ(timexes("A ruling on the appeal is expected in weeks.", Date{2016, 3, 9}), (P{{"weeks", "PXW"}}));
  // "in years past" is no stretch up to now, and "in hours of talks" no span at all.
  EXPECT_TRUE(timexes("In years past, the mill employed half the town.", Date{2016, 3, 9}).empty());
  EXPECT_TRUE(timexes("The deal was struck in hours of talks at the ministry.", Date{2016, 3, 9}).empty());
}

TEST(Timex, ThePastCenturyIsAHundredYearsUpToNow) {
  // Like "the past decade"; "the last century" stays the century before this one.
  EXPECT_EQ(timexes("The war was among the worst disasters of the past century.", Date{1989, 11, 1}),
            (P{{"the past century", "P100Y"}}));
  EXPECT_EQ(timexes("The bridge was built in the last century.", Date{1989, 11, 1}), (P{{"the last century", "18"}}));
}

TEST(Timex, BarePluralsPastAndYearToDate) {
  EXPECT_EQ(timexes("Rallies have been held for weeks, as they were in the past.", Date{2000, 1, 7}),
            (P{{"weeks", "PXW"}, {"the past", "PAST_REF"}}));
  EXPECT_EQ(timexes("Troops will arrive within days.", Date{2000, 1, 7}), (P{{"days", "PXD"}}));
  EXPECT_TRUE(timexes("They held talks for days of hard bargaining.", Date{2000, 1, 7}).size() == 0);
  // After "the nine months", "a year earlier" is the same months of last year, not last year's quarter.
  EXPECT_EQ(timexes("Profit rose in the third quarter. For the nine months, net rose from $9 million a year earlier.",
                    kThu19891026),
            (P{{"the third quarter", "1989-Q3"}, {"the nine months", "P9M"}, {"a year earlier", "1988"}}));
  // "year-ago" counts from the publication date even after another year is named.
  EXPECT_EQ(timexes("Net was $5 million in the 1988 period, and the year-ago results included a charge.",
                    Date{1989, 11, 2}),
            (P{{"the 1988 period", "1988"}, {"year-ago", "1988"}}));
}

TEST(Timex, PartsOfDayAndVagueStretches) {
  // A bare part of the day belongs to the day spoken of.
  EXPECT_EQ(timexes("Shares fell Friday. Dealers placed buy orders in the morning.", Date{1989, 10, 30}),
            (P{{"Friday", "1989-10-27"}, {"the morning", "1989-10-27TMO"}}));
  EXPECT_EQ(timexes("By mid afternoon the operation was over.", Date{1998, 3, 6}),
            (P{{"mid afternoon", "1998-03-06TAF"}}));
  EXPECT_EQ(timexes("Funds will face pressure in the weeks ahead, as they have over the years.", kThu19891026),
            (P{{"the weeks ahead", "PXW"}, {"the years", "PXY"}}));
  EXPECT_EQ(timexes("He followed a several-year tenure as editor.", kThu19891026), (P{{"several-year", "PXY"}}));
  EXPECT_TRUE(timexes("A quarter-century of last-minute deals.", kThu19891026).empty());
}

TEST(Timex, FiscalQuartersRatesAndSomeDay) {
  // A quarter ending July 31 runs May-July: mostly the second calendar quarter.
  EXPECT_EQ(timexes("In the quarter ended July 31, the company had 5.6 million shares.", Date{1989, 10, 30}),
            (P{{"the quarter", "1989-Q2"}, {"July 31", "1989-07-31"}}));
  // A count of things per unit is a rate, not a duration.
  EXPECT_TRUE(timexes("The airline flies four flights a week to Bombay.", Date{1998, 2, 13}).empty());
  EXPECT_EQ(timexes("Islam will one day be the second largest religion.", Date{1998, 3, 3}),
            (P{{"one day", "FUTURE_REF"}}));
  EXPECT_EQ(timexes("He had been in the job one day.", Date{1998, 3, 3}), (P{{"one day", "P1D"}}));
}

TEST(Timex, SecondDaysAndWeekends) {
  EXPECT_EQ(timexes("The summit will be held on April 24 and 25.", Date{1999, 2, 10}),
            (P{{"April 24", "1999-04-24"}, {"25", "1999-04-25"}}));
  EXPECT_EQ(timexes("The vote was 24 and 25 percent.", Date{1999, 2, 10}), P{});
  // "the weekend" is the one nearest the publication date even after an older date.
  EXPECT_EQ(timexes("The bomb exploded on Aug. 7. Evidence arrived over the weekend.", Date{1998, 8, 17}),
            (P{{"Aug. 7", "1998-08-07"}, {"the weekend", "1998-W33-WE"}}));
}

TEST(Timex, SpelledYears) {
  EXPECT_EQ(timexes("In January nineteen ninety-seven, in the winter of nineteen ninety-four, prices fell.",
                    Date{1998, 2, 27}),
            (P{{"January nineteen ninety-seven", "1997-01"}, {"the winter of nineteen ninety-four", "1994-WI"}}));
}

TEST(Timex, TenseIgnoresNamesAndAdjectivesInEd) {
  // "United" is a name and "succeed" no past tense: the modal decides.
  EXPECT_EQ(timexes("The minister would be flying to the United States Thursday.", Date{2000, 4, 5}),
            (P{{"Thursday", "2000-04-06"}}));
  EXPECT_EQ(timexes("Ms. Ortiz will succeed Mr. Lee Feb. 1.", kThu19891026), (P{{"Feb. 1", "1990-02-01"}}));
  // "a still unspecified date": an adjective in "-ed" tells no tense.
  EXPECT_EQ(timexes("The dividend would be paid on a still unspecified date in January.", kThu19891026),
            (P{{"January", "1990-01"}}));
  EXPECT_EQ(timexes("Police said they did not plan to search the house on Thursday.", Date{2000, 3, 29}),
            (P{{"Thursday", "2000-03-30"}}));
  // "the plan" is a noun, which looks nowhere.
  EXPECT_EQ(timexes("The two leaders signed a trade plan Friday.", Date{1998, 2, 27}), (P{{"Friday", "1998-02-27"}}));
  EXPECT_EQ(timexes("The talks, which are supposed to end by May, stalled.", Date{1998, 3, 22}),
            (P{{"May", "1998-05"}}));
}

TEST(Timex, PartsOfPeriodsAndModifiers) {
  EXPECT_EQ(timexes("The plant should reopen by the end of 1990.", kThu19891026), (P{{"the end of 1990", "1990"}}));
  EXPECT_EQ(timexes("He resigned at the beginning of October.", kThu19891026),
            (P{{"the beginning of October", "1989-10"}}));
  EXPECT_EQ(timexes("Work will start in early 1991.", kThu19891026), (P{{"early 1991", "1991"}}));
  // The determiner of "the third-quarter loss" is the loss's; "its" stays out too.
  EXPECT_EQ(timexes("The third-quarter loss widened, as did its fourth quarter results.", kThu19891026),
            (P{{"third-quarter", "1989-Q3"}, {"fourth quarter", "1989-Q4"}}));
  EXPECT_EQ(timexes("Demand slowed earlier in the year.", kThu19891026), (P{{"earlier in the year", "1989"}}));
  EXPECT_EQ(timexes("Sales were $3 billion in the latest fiscal year.", kThu19891026),
            (P{{"the latest fiscal year", "1988"}}));
  EXPECT_EQ(timexes("Net for the year-earlier nine months included a gain.", kThu19891026),
            (P{{"the year-earlier nine months", "P9M"}}));
}

TEST(Timex, PeriodsBoundedByADateAndNames) {
  // "the six months ended Aug. 12" speaks of this year: a year earlier is last year, not an older year named.
  EXPECT_EQ(timexes("He joined in 1985. For the six months ended Aug. 12, net fell from $18 million a year earlier.",
                    kThu19891026),
            (P{{"1985", "1985"}, {"the six months", "P6M"}, {"Aug. 12", "1989-08-12"}, {"a year earlier", "1988"}}));
  // "year-earlier" compares with the period reported on, not with a year named before.
  EXPECT_EQ(timexes("Last year losses were $5 million. The year-earlier results were restated.", Date{1989, 10, 30}),
            (P{{"Last year", "1988"}, {"year-earlier", "1988"}}));
  EXPECT_TRUE(timexes("Thousands joined the annual March for Life in the capital.", Date{1999, 1, 22}).empty());
  EXPECT_TRUE(timexes("The poster showed a scene from the film High Noon, and this is BBC Today.", Date{1999, 3, 12})
                  .empty());
  EXPECT_EQ(timexes("He left the company in March for health reasons.", kThu19891026), (P{{"March", "1989-03"}}));
}

TEST(Timex, DeferredPlannedAndNeighbouringDays) {
  // A deadline put off lies ahead, also for the weekday of a clock time.
  EXPECT_EQ(timexes("The agency extended its deadline until 9 a.m. Tuesday.", Date{2000, 4, 3}),
            (P{{"9 a.m. Tuesday", "2000-04-04T09:00"}}));
  EXPECT_EQ(timexes("Officials postponed until Tuesday any decision on the permit.", Date{2000, 3, 30}),
            (P{{"Tuesday", "2000-04-04"}}));
  // "as previously planned" is a plan carried out; "were planning to" looks ahead.
  EXPECT_EQ(timexes("The offensive began as previously planned Saturday night.", Date{1991, 2, 25}),
            (P{{"Saturday night", "1991-02-23TNI"}}));
  EXPECT_EQ(timexes("Students will march on Saturday and were planning to block the road.", Date{2000, 1, 7}),
            (P{{"Saturday", "2000-01-08"}}));
  EXPECT_EQ(timexes("The day before last Tuesday's hearing, he flew home.", Date{2000, 2, 24}),
            (P{{"The day before last Tuesday", "2000-02-21"}}));
  EXPECT_EQ(timexes("The trial may open the week of March 6.", Date{2000, 2, 24}),
            (P{{"the week of March 6", "2000-W10"}}));
  EXPECT_EQ(timexes("Women's Day is this coming Sunday, March eighth.", Date{1998, 3, 5}),
            (P{{"this coming Sunday, March eighth", "1998-03-08"}}));
  // "since year-end" is last year's end.
  EXPECT_EQ(timexes("The index has risen 20% since year-end.", Date{1989, 10, 30}), (P{{"year-end", "1988"}}));
}

TEST(Timex, ReportingPeriods) {
  EXPECT_EQ(timexes("The new rules take effect, effective Feb. 1.", kThu19891026), (P{{"Feb. 1", "1990-02-01"}}));
  EXPECT_EQ(timexes("Net fell in the third quarter, from $2 million in the corresponding period last year.",
                    kThu19891026),
            (P{{"the third quarter", "1989-Q3"}, {"the corresponding period last year", "1988-Q3"}}));
  EXPECT_EQ(timexes("Net was $5 million in the 1988 period.", kThu19891026), (P{{"the 1988 period", "1988"}}));
  // A quarter still under way is no period results compare with.
  EXPECT_EQ(timexes("Profit fell in the third quarter. The slump will go on into the fourth quarter. "
                    "In the year-ago period, the company earned $101 million.",
                    kThu19891026),
            (P{{"the third quarter", "1989-Q3"},
               {"the fourth quarter", "1989-Q4"},
               {"the year-ago period", "1988-Q3"}}));
}

TEST(Timex, AnaphoraToTheDaySpokenOf) {
  EXPECT_EQ(timexes("The attack happened on Monday. The following day, police arrested two men. "
                    "That evening, the mayor spoke.",
                    Date{2015, 3, 12}),
            (P{{"Monday", "2015-03-09"}, {"The following day", "2015-03-10"}, {"That evening", "2015-03-10TEV"}}));
  // A coming day is the reference of "the next day".
  EXPECT_EQ(timexes("The minister will fly to Paris on Tuesday and to Berlin the next day.", Date{2015, 3, 12}),
            (P{{"Tuesday", "2015-03-17"}, {"the next day", "2015-03-18"}}));
  // A fourth quarter reported in the next year: "the same period last year" is a year before that quarter.
  EXPECT_EQ(timexes("Sales rose in the fourth quarter, against a loss in the same period last year.",
                    Date{2015, 2, 10}),
            (P{{"the fourth quarter", "2014-Q4"}, {"the same period last year", "2013-Q4"}}));
  EXPECT_EQ(timexes("Glass makers have kept their secrets for more than two thousand years.", Date{1998, 1, 21}),
            (P{{"more than two thousand years", "P2000Y"}}));
}

TEST(Timex, FiscalYearsAndTheYearSpokenOf) {
  EXPECT_EQ(timexes("In fiscal year 2016, revenue fell.", Date{2016, 2, 18}), (P{{"fiscal year 2016", "2016"}}));
  // "this September" is this year's, even where a past verb is near.
  EXPECT_EQ(timexes("The party, which was founded in the east, hopes to win seats this September.", Date{1998, 6, 26}),
            (P{{"this September", "1998-09"}}));
  EXPECT_EQ(timexes("Thousands were taken prisoner in the first hours of the war.", Date{1991, 2, 25}),
            (P{{"the first hours", "PTXH"}}));
  EXPECT_EQ(timexes("In 2012, the war spread. By the end of the year, 5,000 people had died.", Date{2016, 2, 18}),
            (P{{"2012", "2012"}, {"the end of the year", "2012"}}));
  EXPECT_EQ(timexes("The truce will take effect at midnight on Sunday.", Date{2016, 2, 18}),
            (P{{"midnight", "2016-02-21T24:00"}, {"Sunday", "2016-02-21"}}));
}

TEST(Timex, TenseOfAFarVerbAndThePresentPerfect) {
  // No tense marker near the month: the verb further off in the sentence decides.
  EXPECT_EQ(timexes("The carrier said two new services between Lagos and Accra would start on Tuesday nights "
                    "from March 30, with a third one departing from Kano each Saturday from September 12.",
                    Date{2021, 2, 9}),
            (P{{"Tuesday nights", "XXXX-WXX-2TNI"},
               {"March 30", "2021-03-30"},
               {"each Saturday", "XXXX-WXX-6"},
               {"September 12", "2021-09-12"}}));
  EXPECT_EQ(timexes("In February, shortly after the general election in the north of the country, "
                    "a car bomb outside a police station in the provincial capital killed four officers.",
                    Date{2021, 10, 20}),
            (P{{"February", "2021-02"}}));
  // The present perfect tells of the past ...
  EXPECT_EQ(timexes("The shares have fluctuated on bid rumours, climbing to $30 in May from $21 in November.",
                    Date{2019, 3, 28}),
            (P{{"May", "2018-05"}, {"November", "2018-11"}}));
  // ... but not of the end of a span it opens, nor after a modal.
  EXPECT_EQ(timexes("The banks have extended the company a $40 million credit line through January.",
                    Date{2019, 10, 28}),
            (P{{"January", "2020-01"}}));
  EXPECT_EQ(timexes("The company will have completed the sale of the unit in March.", Date{2019, 10, 28}),
            (P{{"March", "2020-03"}}));
}

TEST(Timex, TheQuarterIsTheOneReportedOn) {
  // "the quarter" after other dates is still the fiscal quarter the report is about,
  // not the 1988 period it was compared with.
  EXPECT_EQ(timexes("The company posted a profit for the fiscal first quarter, up from a loss in the 1988 period. "
                    "Earlier this month, it said it expected to break even for the quarter.",
                    Date{1989, 10, 26}),
            (P{{"the fiscal first quarter", "1989-Q1"},
               {"the 1988 period", "1988-Q1"},
               {"Earlier this month", "1989-10"},
               {"the quarter", "1989-Q1"}}));
  // An earlier quarter named in passing does not become the period compared.
  EXPECT_EQ(timexes("The paper maker posted a 20% gain in third-quarter profit. After a weak second quarter, "
                    "it cut costs. Charges taken in the year-earlier period also helped.",
                    Date{1989, 11, 1}),
            (P{{"third-quarter", "1989-Q3"}, {"second quarter", "1989-Q2"}, {"the year-earlier period", "1988-Q3"}}));
  // A quarter under way named in a forecast is no report the later quarters are background to.
  EXPECT_EQ(timexes("Ford declined to give guidance for the first quarter. Fourth-quarter unit sales fell. "
                    "For the full year, profit rose.",
                    Date{2005, 3, 1}),
            (P{{"the first quarter", "2005-Q1"}, {"Fourth-quarter", "2004-Q4"}, {"the full year", "2004"}}));
  // "the last quarter of 2004" is the year's fourth.
  EXPECT_EQ(timexes("Net profit fell 37% in the last quarter of 2004.", Date{2005, 1, 20}),
            (P{{"the last quarter of 2004", "2004-Q4"}}));
  // "the latest period" of a fiscal fourth quarter ended in September.
  EXPECT_EQ(timexes("The maker of pet food reported lower fourth-quarter earnings. "
                    "Sales in the latest period rose 13%.",
                    Date{1989, 11, 2}),
            (P{{"fourth-quarter", "1989-Q4"}, {"the latest period", "1989-Q4"}}));
}

TEST(Timex, PossessiveDaysPerfectsAndBackIn) {
  // A possessive weekday names an event of its own, past unless a marker is near.
  EXPECT_EQ(timexes("Investors will be paid $76 for each of their shares, a premium of 6% over the closing price "
                    "on the New York Stock Exchange in Wednesday's session.",
                    Date{2005, 3, 1}),
            (P{{"Wednesday", "2005-02-23"}}));
  // A present perfect does not make a weekday or a weekend past.
  EXPECT_EQ(timexes("The coach has defended his decision not to release his players for this weekend's games.",
                    Date{2005, 3, 1}),
            (P{{"this weekend", "2005-W09-WE"}}));
  EXPECT_EQ(timexes("Hunts have altered their schedules, and many are expected to ride out on Thursday.",
                    Date{2005, 3, 1}),
            (P{{"Thursday", "2005-03-03"}}));
  // "is likely to", "hopes to" look ahead.
  EXPECT_EQ(timexes("The goalkeeper is likely to face Chelsea on Sunday.", Date{2005, 3, 1}),
            (P{{"Sunday", "2005-03-06"}}));
  EXPECT_EQ(timexes("The dairy group, which went bust after a scandal, hopes to be back on the exchange in July.",
                    Date{2005, 3, 1}),
            (P{{"July", "2005-07"}}));
  // "back in October" is past whatever the clause plans.
  EXPECT_EQ(timexes("She was due to marry the tennis star in February but the pair split back in October.",
                    Date{2005, 3, 1}),
            (P{{"February", "2005-02"}, {"October", "2004-10"}}));
}

TEST(Timex, CoordinatedWeekdaysShareAPlural) {
  EXPECT_EQ(timexes("The new flights leave Lagos on Monday and Thursday nights.", Date{2005, 3, 1}),
            (P{{"Monday", "XXXX-WXX-1TNI"}, {"Thursday nights", "XXXX-WXX-4TNI"}}));
  EXPECT_EQ(timexes("The talks ran on Monday and Thursday.", Date{2005, 3, 1}),
            (P{{"Monday", "2005-02-28"}, {"Thursday", "2005-02-24"}}));
}

TEST(Timex, OrdinalDayOfAStretchSaidInThePresent) {
  EXPECT_EQ(timexes("It's the third day of a strike by dock workers in the port.", Date{2014, 6, 5}),
            (P{{"the third day", "2014-06-05"}}));
  // Not a day of writing when told in the past.
  EXPECT_EQ(timexes("It was the third day of the strike.", Date{2014, 6, 5}), (P{}));
}

TEST(Timex, AYearAfterANameWordIsPartOfTheName) {
  EXPECT_EQ(timexes("Fans travelled to Portugal for Euro 2004 in June 2004.", Date{2004, 7, 1}),
            (P{{"June 2004", "2004-06"}}));
  EXPECT_EQ(timexes("The firm was fined under the Competition Act 1998 in 2003.", Date{2004, 7, 1}),
            (P{{"2003", "2003"}}));
  // After punctuation every word is capitalised: the year stays a year.
  EXPECT_EQ(timexes("He recalled: Well 1981 was the year he toured Africa.", Date{2004, 7, 1}),
            (P{{"1981", "1981"}, {"the year", "1981"}}));
  // A year after a word that starts a time expression is still a year.
  EXPECT_EQ(timexes("Sales were weak in Fiscal 1990, the company said.", Date{1991, 2, 1}),
            (P{{"Fiscal 1990", "1990"}}));
}

TEST(Timex, WordsThatMayStartAnExpression) {
  for (const char* word : {"sept", "oct", "may", "thursday", "twelve", "forty", "dozen", "hundred", "eleventh",
                           "mornings", "nights", "autumn", "nineties", "decades", "centuries", "quarters", "the",
                           "recent", "christmas"})
    EXPECT_TRUE(time::may_start_expression(word)) << word;
  for (const char* word : {"company", "mayor", "season", "octopus", "thirtieth", "said", "s"})
    EXPECT_FALSE(time::may_start_expression(word)) << word;
}

TEST(Timex, OvernightIsTheNightBeforeTheDaySpokenOf) {
  EXPECT_EQ(timexes("Tokyo stocks fell on Friday. They were depressed by overnight losses in New York.",
                    Date{1989, 10, 30}),
            (P{{"Friday", "1989-10-27"}, {"overnight", "1989-10-26TNI"}}));
  EXPECT_EQ(timexes("The negotiators will talk overnight.", Date{1989, 10, 30}),
            (P{{"overnight", "1989-10-30TNI"}}));
}

TEST(Timex, ASeasonOfACapitalisedNameIsATitle) {
  EXPECT_EQ(timexes("The group staged ``Spring of Life'' protests in 1992.", Date{1998, 10, 25}),
            (P{{"1992", "1992"}}));
  EXPECT_EQ(timexes("Spring of 1992 was wet.", Date{1998, 10, 25}), (P{{"Spring of 1992", "1992-SP"}}));
}

TEST(Timex, TwoQuartersOfAYearAreAHalf) {
  EXPECT_EQ(timexes("Prices will fall through the first two quarters of 1990.", Date{1989, 10, 26}),
            (P{{"the first two quarters of 1990", "1990-H1"}}));
  EXPECT_EQ(timexes("Sales rose in the last two quarters of last year.", Date{1989, 10, 26}),
            (P{{"the last two quarters of last year", "1988-H2"}}));
}

TEST(Timex, PlansAsANounTellNoFuture) {
  // Wednesday 1998-08-19: "vacation plans" and "the hastily planned trip" are no verbs.
  EXPECT_EQ(timexes("On Friday, when the minister set aside her vacation plans for the hastily planned trip, the toll "
                    "stood at 250.",
                    Date{1998, 8, 19}),
            (P{{"Friday", "1998-08-14"}}));
  EXPECT_EQ(timexes("The minister plans to fly to Nairobi on Friday.", Date{1998, 8, 19}),
            (P{{"Friday", "1998-08-21"}}));
  EXPECT_EQ(timexes("The scheduled talks were cancelled on Monday.", Date{1998, 8, 19}),
            (P{{"Monday", "1998-08-17"}}));
}

TEST(Timex, AWireDatelineDatesTheStory) {
  // The archive received the story a day after its dateline: "today" and
  // "yesterday" count from the dateline.
  EXPECT_EQ(timexes("BRUSSELS, March 4 (Xinhua) --\n\nThe ministers met today, after talks broke down yesterday.",
                    Date{2004, 3, 5}),
            (P{{"March 4", "2004-03-04"}, {"today", "2004-03-04"}, {"yesterday", "2004-03-03"}}));
  // A dateline far from the given date is no story date ("June 2" of another story).
  EXPECT_EQ(timexes("BRUSSELS, June 2 (Xinhua) --\n\nThe ministers met today.", Date{2004, 3, 5}),
            (P{{"June 2", "2004-06-02"}, {"today", "2004-03-05"}}));
}

TEST(Timex, DatelineDateTakesTheNearestYear) {
  EXPECT_EQ(clean::dateline_date("MOSCOW, Dec. 30 (Reuters) - The talks", Date{2005, 1, 2}), (Date{2004, 12, 30}));
  EXPECT_EQ(clean::dateline_date("GENEVA, March 3, 2019 (AFP) -- Talks", Date{2005, 1, 2}), (Date{2019, 3, 3}));
  EXPECT_FALSE(clean::dateline_date("WASHINGTON (AP) _ The talks", Date{2005, 1, 2}).known());
  EXPECT_FALSE(clean::dateline_date("The talks in March 3 rounds", Date{2005, 1, 2}).known());
}

TEST(Timex, TheBareVerbAfterAModalIsNoPresent) {
  // Monday 2018-04-09: "will say", "plans to say" look ahead; "officials say" reports the past.
  EXPECT_EQ(timexes("The chief executive will say on Wednesday that the company erred.", Date{2018, 4, 9}),
            (P{{"Wednesday", "2018-04-11"}}));
  EXPECT_EQ(timexes("He plans to say on Wednesday that the company erred.", Date{2018, 4, 9}),
            (P{{"Wednesday", "2018-04-11"}}));
  EXPECT_EQ(timexes("Officials say Wednesday's vote was marred by fraud.", Date{2018, 4, 9}),
            (P{{"Wednesday", "2018-04-04"}}));
  // An idiom, no time: "burn the midnight oil".
  EXPECT_EQ(timexes("Senators will burn the midnight oil to pass the bill.", Date{2018, 4, 9}), (P{}));
}

TEST(Timex, EasterAndTheWeekendsOfHolidays) {
  // Easter follows the computus: 2019-04-21, 2024-03-31; Good Friday two days before.
  EXPECT_EQ(timexes("Churches were full on Easter Sunday.", Date{2019, 5, 2}),
            (P{{"Easter Sunday", "2019-04-21"}}));
  EXPECT_EQ(timexes("The shops closed on Good Friday.", Date{2024, 4, 10}), (P{{"Good Friday", "2024-03-29"}}));
  // A Monday holiday ends the weekend before it, a Thursday one opens the weekend after it.
  EXPECT_EQ(timexes("Traffic was heavy over the Labor Day weekend.", Date{1999, 9, 8}),
            (P{{"Labor Day weekend", "1999-W35-WE"}}));
  EXPECT_EQ(timexes("Stores were crowded over Thanksgiving weekend.", Date{1999, 12, 1}),
            (P{{"Thanksgiving weekend", "1999-W47-WE"}}));
  EXPECT_EQ(timexes("Congress may hold a Christmas week session.", Date{2013, 12, 10}),
            (P{{"Christmas week", "2013-W52"}}));
  // The year named before it or right after it; a name goes on in capitals.
  EXPECT_EQ(timexes("Just last year on Easter, bombs exploded at three churches.", Date{2020, 4, 12}),
            (P{{"last year", "2019"}, {"Easter", "2019-04-21"}}));
  EXPECT_EQ(timexes("The rebels rose at Easter 1916.", Date{2016, 3, 1}), (P{{"Easter 1916", "1916-04-23"}}));
  EXPECT_EQ(timexes("Tourists flew to Easter Island.", Date{2016, 3, 1}), (P{}));
  // Named days: the Friday after Thanksgiving, Lent's first day (its year from February).
  EXPECT_EQ(timexes("Stores opened at dawn on Black Friday.", Date{2019, 12, 5}),
            (P{{"Black Friday", "2019-11-29"}}));
  EXPECT_EQ(timexes("Lent began on Ash Wednesday.", Date{2024, 2, 20}), (P{{"Ash Wednesday", "2024-02-14"}}));
  // Super Tuesday of the primaries: the first Tuesday of March, not the Tuesday nearest.
  EXPECT_EQ(timexes("The senator will stay in the race through Super Tuesday.", Date{2016, 2, 10}),
            (P{{"Super Tuesday", "2016-03-01"}}));
}

TEST(Timex, AWeekdayTitleIsNoTime) {
  EXPECT_EQ(timexes("The senator once starred on \"Saturday Night Live\" with the comedian.", Date{2017, 12, 7}),
            (P{}));
  EXPECT_EQ(timexes("He spoke on Fox News' \"Sunday Morning Futures\" about the riots.", Date{2020, 6, 1}), (P{}));
  EXPECT_EQ(timexes("The comedian performed Saturday night in Boston.", Date{2017, 12, 7}),
            (P{{"Saturday night", "2017-12-02TNI"}}));
}

TEST(Timex, ThePastDecadeIsTenYearsUpToNow) {
  EXPECT_EQ(timexes("Threats against doctors became routine over the past decade.", Date{2016, 10, 25}),
            (P{{"the past decade", "P10Y"}}));
  EXPECT_EQ(timexes("It was the deadliest war of the last century.", Date{2016, 10, 25}),
            (P{{"the last century", "19"}}));
}

TEST(Timex, CliPrintsInputOffsets) {
  std::string out;
  ASSERT_EQ(test::run_parley("timex --dct 2017-11-01 -", out, "Title\n\nOn Tuesday, they met.\n"), 0);
  EXPECT_EQ(out,
            "{\"doc\":\"<stdin>\",\"start\":10,\"end\":17,\"text\":\"Tuesday\",\"type\":\"DATE\",\"value\":\"2017-10-"
            "31\"}\n");
  EXPECT_EQ(test::run_parley("timex --dct yesterday -", out, "x\n"), 2);
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// A month named with "last" lies before the DCT's month, one named with
// "next" after it, across the year's turn if need be.
TEST(Timex, LastAndNextMonthNeverFallInTheDctMonthOrBeyondIt) {
  const Date oct1{2018, 10, 1};
  EXPECT_EQ(timexes("A court rejected the appeal last November.", oct1), (P{{"last November", "2017-11"}}));
  EXPECT_EQ(timexes("The panel met last October.", oct1), (P{{"last October", "2017-10"}}));
  EXPECT_EQ(timexes("The panel met last March.", oct1), (P{{"last March", "2018-03"}}));
  EXPECT_EQ(timexes("The vote is due next March.", oct1), (P{{"next March", "2019-03"}}));
  EXPECT_EQ(timexes("The vote is due next December.", oct1), (P{{"next December", "2018-12"}}));
}

}  // namespace
}  // namespace parley

// The month and weekday names every stage asks of (base/calendar.h).
TEST(Calendar, NamesOfMonthsAndWeekdays) {
  EXPECT_EQ(parley::base::month_of("october"), 10);
  EXPECT_EQ(parley::base::month_of("oct."), 10);
  EXPECT_EQ(parley::base::month_of("sept"), 9);
  EXPECT_EQ(parley::base::month_of("octopus"), 0);
  EXPECT_EQ(parley::base::month_of_full_name("oct"), 0);
  EXPECT_EQ(parley::base::month_of_full_name("may"), 5);
  EXPECT_EQ(parley::base::weekday_of("tuesday"), 2);
  EXPECT_EQ(parley::base::weekday_of("tue"), 0);
  EXPECT_EQ(parley::base::weekday_of_short_or_full("thurs"), 4);
  EXPECT_EQ(parley::base::weekday_of_short_or_full("sun"), 7);
  EXPECT_EQ(parley::base::weekday_of_short_or_full("sunny"), 0);
  EXPECT_EQ(parley::base::month_name(12), "december");
  EXPECT_EQ(parley::base::weekday_name(1), "monday");
}
