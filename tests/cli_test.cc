#include <gtest/gtest.h>

#include "test_util.h"

namespace parley {
namespace {

using test::run_parley;

TEST(Cli, HelpAndUsageErrors) {
  std::string out;
  EXPECT_EQ(run_parley("--help", out), 0);
  EXPECT_NE(out.find("extract"), std::string::npos);
  EXPECT_EQ(run_parley("extract --help", out), 0);
  EXPECT_NE(out.find("--format"), std::string::npos);
  EXPECT_EQ(run_parley("", out), 2);
  EXPECT_EQ(run_parley("no-such-command", out), 2);
  EXPECT_EQ(run_parley("extract --format xml x.txt", out), 2);
}

TEST(Cli, TextReadsStdinAndReportsFailedInputs) {
  std::string out;
  EXPECT_EQ(run_parley("text -", out, "Talks Held\n\nThe envoys met in Oslo.\n"), 0);
  EXPECT_EQ(out, "The envoys met in Oslo.\n");  // the title is metadata, not body text
  // One missing input: the others are still printed, exit status 1.
  EXPECT_EQ(run_parley("text - /nonexistent/file.txt", out, "The envoys met in Oslo.\n"), 1);
  EXPECT_EQ(out, "The envoys met in Oslo.\n");
  std::string err = test::read_file(test::stderr_path());
  EXPECT_NE(err.find("/nonexistent/file.txt: no such file or directory"), std::string::npos) << err;
}

TEST(Cli, ExtractWritesJsonLinesOrTsv) {
  std::string out;
  EXPECT_EQ(run_parley("extract --format tsv -", out, "The envoys met in Oslo.\n"), 0);
  EXPECT_EQ(out.rfind("event_id\tdoc\tdate\tcameo", 0), 0u);
  EXPECT_EQ(run_parley("extract --format jsonl -", out, "The envoys met in Oslo.\n"), 0);
}

TEST(Cli, ExtractGivesReportsOfOneEventOneId) {
  std::string out;
  std::string input =
      "{\"id\":\"a\",\"date\":\"2019-06-28\",\"text\":\"Vladimir Putin met Donald Trump in Osaka on Friday.\"}\n"
      "{\"id\":\"b\",\"date\":\"2019-06-29\",\"text\":\"Donald Trump held talks with Vladimir Putin on Friday.\"}\n";
  ASSERT_EQ(run_parley("extract --format tsv -", out, input), 0);
  auto ids = [](const std::string& tsv) {
    std::vector<std::string> out;
    for (size_t p = tsv.find('\n') + 1, n; (n = tsv.find('\n', p)) != std::string::npos; p = n + 1)
      out.push_back(tsv.substr(p, tsv.find('\t', p) - p));
    return out;
  };
  EXPECT_EQ(ids(out), (std::vector<std::string>{"a-e1", "a-e1"}));  // the first report's id
  ASSERT_EQ(run_parley("extract --no-consolidate --format tsv -", out, input), 0);
  EXPECT_EQ(ids(out), (std::vector<std::string>{"a-e1", "b-e1"}));
}

TEST(Cli, EntitiesListsNamesAndWithAllAlsoDescriptions) {
  std::string out;
  std::string input = "The U.S. envoy met Foreign Minister Ilse Brandvold in Oslo.\n";
  ASSERT_EQ(run_parley("entities -", out, input), 0);
  EXPECT_EQ(out.find("U.S. envoy"), std::string::npos) << out;  // an office without a name is no name
  EXPECT_NE(out.find("\"Ilse Brandvold\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"Oslo\""), std::string::npos) << out;
  ASSERT_EQ(run_parley("entities --all -", out, input), 0);
  EXPECT_NE(out.find("\"text\":\"U.S. envoy\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"name\":false"), std::string::npos) << out;
}

TEST(Cli, SegmentGivesInputSpans) {
  std::string out;
  std::string input = "Headline Here\n\nFirst sentence. Second one.\n";
  EXPECT_EQ(run_parley("segment -", out, input), 0);
  // Three sentences; the second starts at byte 15 of the input.
  EXPECT_NE(out.find("\"start\":15,\"end\":30,\"text\":\"First sentence.\""), std::string::npos) << out;
}

}  // namespace
}  // namespace parley
