// `rewind nav`: every command on a recorded program, its text and JSON output, and its exit
// statuses (0 arrived, 1 no such step, 2 bad arguments, 3 the trace cannot be read).
#include <gtest/gtest.h>

#include <filesystem>

#include "cli_runner.h"

namespace fs = std::filesystem;
using rw::testing::CliResult;
using rw::testing::runRewind;

namespace {

class NavCommandTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = fs::temp_directory_path() / ("rewind_nav_cli_" + std::to_string(getpid()));
    fs::create_directories(folder_);
    for (const char* name : {"calls_and_loops.py", "exceptions.py", "objects.py"}) {
      fs::copy_file(fs::path(REWIND_SOURCE_DIR) / "tests/recorder/nav_programs" / name,
                    folder_ / name, fs::copy_options::overwrite_existing);
      std::string trace = fs::path(name).replace_extension(".rwd").string();
      CliResult r = runRewind({"record", "--force", "-o", trace, name}, folder_);
      ASSERT_EQ(r.status, 0) << r.err;
    }
  }
  static void TearDownTestSuite() { fs::remove_all(folder_); }

  static CliResult nav(std::vector<std::string> args) {
    args.insert(args.begin(), "nav");
    return runRewind(args, folder_);
  }

  static fs::path folder_;
};

fs::path NavCommandTest::folder_;

TEST_F(NavCommandTest, PrintsTheArrivalStepWithItsPlace) {
  CliResult r = nav({"calls_and_loops.rwd", "--from", "0", "continue", "calls_and_loops.py:9"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("step ")) << r.out;
  EXPECT_NE(r.out.find("  calls_and_loops.py:9 in fact\n"), std::string::npos) << r.out;

  CliResult j =
      nav({"--json", "calls_and_loops.rwd", "--from", "0", "continue", "calls_and_loops.py:9"});
  EXPECT_EQ(j.status, 0) << j.err;
  std::string step = r.out.substr(5, r.out.find(' ', 5) - 5);
  EXPECT_EQ(j.out, "{\"found\": true, \"step\": " + step +
                       ", \"file\": \"calls_and_loops.py\", \"line\": 9, \"function\": \"fact\", "
                       "\"note\": \"\", \"warnings\": []}\n");
}

TEST_F(NavCommandTest, EveryCommandArrivesWhereExpected) {
  struct Case {
    std::vector<std::string> args;
    std::string place;  // "FILE:LINE in FUNCTION"
  };
  const std::vector<Case> cases = {
      {{"calls_and_loops.rwd", "--from", "0", "step"}, "calls_and_loops.py:2 in <module>"},
      {{"calls_and_loops.rwd", "--from", "0", "next"}, "calls_and_loops.py:2 in <module>"},
      {{"calls_and_loops.rwd", "--from", "end", "reverse-step"},
       "calls_and_loops.py:24 in <module>"},
      {{"calls_and_loops.rwd", "--from", "end", "reverse-next"},
       "calls_and_loops.py:24 in <module>"},
      {{"calls_and_loops.rwd", "--from", "0", "stepi"}, "calls_and_loops.py:2 in <module>"},
      {{"calls_and_loops.rwd", "--from", "end", "reverse-continue",
        "calls_and_loops.py:3 if a == 1"},
       "calls_and_loops.py:3 in add"},
      {{"exceptions.rwd", "--from", "0", "continue", "exception"}, "exceptions.py:4 in inner"},
      {{"exceptions.rwd", "--from", "end", "reverse-continue", "exception"},
       "exceptions.py:25 in <module>"},
      {{"objects.rwd", "--from", "end", "last-write", "counter"}, "objects.py:17 in bump"},
      {{"objects.rwd", "--from", "0", "next-write", "counter"}, "objects.py:12 in <module>"},
      {{"objects.rwd", "--from", "end", "last-write", "items[0]"}, "objects.py:44 in <module>"},
      {{"objects.rwd", "--from", "end", "last-write", "p.x"}, "objects.py:9 in Point.move"},
      {{"objects.rwd", "--from", "end", "created", "p"}, "objects.py:37 in <module>"},
  };
  for (const Case& c : cases) {
    CliResult r = nav(c.args);
    std::string label = c.args[3] + " from " + c.args[2];
    EXPECT_EQ(r.status, 0) << label << ": " << r.err;
    EXPECT_NE(r.out.find("  " + c.place), std::string::npos) << label << ": " << r.out;
  }
}

TEST_F(NavCommandTest, StepsIntoOutOfAndBackFromAFunction) {
  // From the first line of add: finish returns to <module>, reverse-finish goes to the call.
  CliResult first =
      nav({"--json", "calls_and_loops.rwd", "--from", "0", "continue", "calls_and_loops.py:3"});
  ASSERT_EQ(first.status, 0);
  std::string from = first.out.substr(first.out.find("\"step\": ") + 8);
  from = from.substr(0, from.find(','));
  EXPECT_NE(nav({"calls_and_loops.rwd", "--from", from, "finish"}).out.find(":21 in <module>"),
            std::string::npos);
  EXPECT_NE(
      nav({"calls_and_loops.rwd", "--from", from, "reverse-finish"}).out.find(":21 in <module>"),
      std::string::npos);
  EXPECT_NE(nav({"calls_and_loops.rwd", "--from", from, "step"}).out.find(":4 in add"),
            std::string::npos);
  CliResult died = nav({"objects.rwd", "--from", "end", "died", "p"});
  EXPECT_EQ(died.status, 1);
  EXPECT_EQ(died.out, "no such step: p is still alive when the trace ends\n");
}

TEST_F(NavCommandTest, NoSuchStepHasStatusOne) {
  CliResult r = nav({"calls_and_loops.rwd", "--from", "end", "step"});
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(r.out.starts_with("no such step: no line starts after step ")) << r.out;
  CliResult j = nav({"--json", "calls_and_loops.rwd", "--from", "0", "reverse-step"});
  EXPECT_EQ(j.status, 1);
  EXPECT_EQ(j.out,
            "{\"found\": false, \"step\": null, \"note\": \"no line starts before step 0\", "
            "\"warnings\": []}\n");
  EXPECT_EQ(nav({"calls_and_loops.rwd", "--from", "0", "finish"}).status, 1);
  EXPECT_EQ(nav({"calls_and_loops.rwd", "--from", "0", "continue", "exception"}).status, 1);
}

TEST_F(NavCommandTest, ConditionsThatRaiseAreReportedOnStderr) {
  CliResult r = nav(
      {"exceptions.rwd", "--from", "0", "continue", "exceptions.py:5", "if", "10 // (x - 2) > 1"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("exceptions.py:5 in inner"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("warning: step "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("ZeroDivisionError"), std::string::npos) << r.err;
}

TEST_F(NavCommandTest, BadArgumentsHaveStatusTwo) {
  const std::vector<std::vector<std::string>> bad = {
      {"calls_and_loops.rwd", "--from", "0", "jump"},
      {"calls_and_loops.rwd", "--from", "zero", "step"},
      {"calls_and_loops.rwd", "--from", "100000", "step"},
      {"calls_and_loops.rwd", "--from", "-1", "step"},
      {"calls_and_loops.rwd", "step"},
      {"--from", "0", "step"},
      {"calls_and_loops.rwd", "--from", "0"},
      {"calls_and_loops.rwd", "--from", "0", "step", "extra"},
      {"calls_and_loops.rwd", "--from", "0", "continue"},
      {"calls_and_loops.rwd", "--from", "0", "continue", "calls_and_loops.py"},
      {"calls_and_loops.rwd", "--from", "0", "continue", "calls_and_loops.py:x"},
      {"calls_and_loops.rwd", "--from", "0", "continue", "calls_and_loops.py:3 if"},
      {"calls_and_loops.rwd", "--from", "0", "continue", "calls_and_loops.py:1"},
      {"calls_and_loops.rwd", "--from", "0", "continue", "other.py:3"},
      {"calls_and_loops.rwd", "--from", "0", "continue", "calls_and_loops.py:3 if a +"},
      {"calls_and_loops.rwd", "--from", "end", "last-write"},
      {"calls_and_loops.rwd", "--from", "end", "last-write", "a + 1"},
      {"calls_and_loops.rwd", "--from", "end", "created", "1"},
      {"calls_and_loops.rwd", "--from", "end", "died", "nosuch"},
      {"calls_and_loops.rwd", "--from", "0", "--bogus", "step"},
  };
  for (const auto& args : bad) {
    CliResult r = nav(args);
    std::string label;
    for (const std::string& a : args)
      label += a + " ";
    EXPECT_EQ(r.status, 2) << label << r.out << r.err;
    EXPECT_TRUE(r.err.starts_with("rewind nav: ")) << label << r.err;
    EXPECT_EQ(r.out, "") << label;
  }
}

TEST_F(NavCommandTest, UnreadableTracesHaveStatusThree) {
  CliResult r = nav({"missing.rwd", "--from", "0", "step"});
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.err.find("missing.rwd"), std::string::npos) << r.err;
  CliResult notTrace = nav({"objects.py", "--from", "0", "step"});
  EXPECT_EQ(notTrace.status, 3);
}

}  // namespace
