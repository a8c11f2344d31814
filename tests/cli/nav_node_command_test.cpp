// `rewind nav ... node FILE:LINE:COL`: the next (previous) step that enters the outermost
// syntax tree node starting there, also when another statement starts the line.
#include <gtest/gtest.h>

#include <filesystem>

#include "cli_runner.h"

namespace fs = std::filesystem;
using rw::testing::CliResult;
using rw::testing::runRewind;

namespace {

class NavNodeCommandTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = fs::temp_directory_path() / ("rewind_nav_node_cli_" + std::to_string(getpid()));
    fs::create_directories(folder_);
    fs::copy_file(fs::path(REWIND_SOURCE_DIR) / "tests/recorder/nav_programs/shared_lines.py",
                  folder_ / "shared_lines.py", fs::copy_options::overwrite_existing);
    CliResult r =
        runRewind({"record", "--force", "-o", "shared_lines.rwd", "shared_lines.py"}, folder_);
    ASSERT_EQ(r.status, 0) << r.err;
  }
  static void TearDownTestSuite() { fs::remove_all(folder_); }

  static CliResult nav(std::vector<std::string> args) {
    args.insert(args.begin(), "nav");
    return runRewind(args, folder_);
  }
  static int64_t stepOf(const CliResult& r) {
    EXPECT_TRUE(r.out.starts_with("step ")) << r.out << r.err;
    return r.out.starts_with("step ") ? std::stoll(r.out.substr(5)) : -1;
  }

  static fs::path folder_;
};

fs::path NavNodeCommandTest::folder_;

TEST_F(NavNodeCommandTest, WalksTheSecondStatementOfALineIterationByIteration) {
  // Line 13: `    total += square(i); total += 1`, run three times.
  std::vector<int64_t> steps;
  std::string from = "0";
  for (int i = 0; i < 3; ++i) {
    CliResult r = nav({"shared_lines.rwd", "--from", from, "node", "shared_lines.py:13:24"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("shared_lines.py:13 in <module>  (executes the AugAssign at 13:24)"),
              std::string::npos)
        << r.out;
    steps.push_back(stepOf(r));
    from = std::to_string(steps.back());
  }
  EXPECT_LT(steps[0], steps[1]);
  EXPECT_LT(steps[1], steps[2]);
  CliResult none = nav({"shared_lines.rwd", "--from", from, "node", "shared_lines.py:13:24"});
  EXPECT_EQ(none.status, 1);
  EXPECT_EQ(none.out,
            "no such step: the AugAssign at 13:24 does not run after step " + from + "\n");
  CliResult back =
      nav({"shared_lines.rwd", "--from", from, "reverse-node", "shared_lines.py:13:24"});
  EXPECT_EQ(stepOf(back), steps[1]);
  // The line's first statement starts earlier than the second.
  CliResult first = nav({"shared_lines.rwd", "--from", "0", "node", "shared_lines.py:13:4"});
  EXPECT_LT(stepOf(first), steps[0]);
}

TEST_F(NavNodeCommandTest, BadNodePlacesHaveStatusTwo) {
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"shared_lines.rwd", "--from", "0", "node"},
        {"shared_lines.rwd", "--from", "0", "node", "shared_lines.py:13"},
        {"shared_lines.rwd", "--from", "0", "node", "shared_lines.py:0:4"},
        {"shared_lines.rwd", "--from", "0", "node", "shared_lines.py:13:x"},
        {"shared_lines.rwd", "--from", "0", "node", "shared_lines.py:13:5"},
        {"shared_lines.rwd", "--from", "0", "node", "other.py:13:4"}}) {
    CliResult r = nav(args);
    EXPECT_EQ(r.status, 2) << args.back() << ": " << r.out;
    EXPECT_TRUE(r.err.starts_with("rewind nav: ")) << r.err;
  }
  CliResult help = nav({"--help"});
  EXPECT_NE(help.err.find("node, reverse-node"), std::string::npos);
}

}  // namespace
