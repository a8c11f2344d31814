// `rewind query`: the computed tables (steps, lines, calls, writes, exceptions, output) give
// known answers on a small program, constraints that narrow the scan through the chunk index
// give the same rows as a full scan, and bad statements get clear errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cli_runner.h"

namespace fs = std::filesystem;
using rw::testing::CliResult;
using rw::testing::runRewind;

namespace {

// Line events counted by CPython 3.11 (sys.settrace) for this program: line 2 runs 4 times,
// line 5 five times (four iterations and the end of the loop), line 6 four times, the others
// once; `square` is called 4 times. (The try statement is on one line because this engine
// does not yet emit CPython's NOP for a `try:` line of its own.)
const char* kProgram =
    "def square(n):\n"
    "    return n * n\n"
    "\n"
    "total = 0\n"
    "for i in range(4):\n"
    "    total += square(i)\n"
    "print('total', total)\n"
    "try: {}['missing']\n"
    "except KeyError: print('no key')\n"
    "items = []\n"
    "items.append(total)\n"
    "items.append(2)\n";

class QueryCommandTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = fs::temp_directory_path() / ("rewind_query_cli_" + std::to_string(getpid()));
    fs::create_directories(folder_);
    std::ofstream(folder_ / "known.py") << kProgram;
    CliResult r = runRewind({"record", "--force", "-o", "known.rwd", "known.py"}, folder_);
    ASSERT_EQ(r.status, 0) << r.err;
  }
  static void TearDownTestSuite() { fs::remove_all(folder_); }

  static CliResult query(const std::string& sql) {
    return runRewind({"query", "known.rwd", sql}, folder_);
  }
  // The single value of a one-row, one-column result.
  static std::string scalar(const std::string& sql) {
    CliResult r = query(sql);
    EXPECT_EQ(r.status, 0) << sql << "\n" << r.err;
    size_t first = r.out.find('\n');
    size_t second = r.out.find('\n', first + 1);
    size_t third = r.out.find('\n', second + 1);
    EXPECT_EQ(r.out.substr(third + 1), "(1 row)\n") << r.out;
    return r.out.substr(second + 1, third - second - 1);
  }

  static fs::path folder_;
};

fs::path QueryCommandTest::folder_;

TEST_F(QueryCommandTest, LineEventsMatchCPython) {
  CliResult r = query(
      "SELECT line, count(*) AS n FROM lines WHERE file = 'known.py' GROUP BY line ORDER BY line");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "line  n\n"
            "----  -\n"
            "1     1\n"
            "2     4\n"
            "4     1\n"
            "5     5\n"
            "6     4\n"
            "7     1\n"
            "8     1\n"
            "9     1\n"
            "10    1\n"
            "11    1\n"
            "12    1\n"
            "(11 rows)\n");
}

TEST_F(QueryCommandTest, CallsOutputExceptionsAndWrites) {
  EXPECT_EQ(scalar("SELECT count(*) FROM calls WHERE function = 'square'"), "4");
  EXPECT_EQ(scalar("SELECT group_concat(depth) FROM calls WHERE function = 'square'"), "2,2,2,2");
  CliResult out = query("SELECT stream, text FROM output");
  EXPECT_EQ(out.out,
            "stream  text\n"
            "------  ----------\n"
            "stdout  total 14\\n\n"
            "stdout  no key\\n\n"
            "(2 rows)\n");
  CliResult raised = query("SELECT type, function, line FROM exceptions");
  EXPECT_EQ(raised.out,
            "type      function  line\n"
            "--------  --------  ----\n"
            "KeyError  <module>  8\n"
            "(1 row)\n");
  // The two appends write the list; its id is the same in both rows.
  EXPECT_EQ(scalar("SELECT group_concat(line) FROM writes WHERE type = 'list'"), "11,12");
  EXPECT_EQ(scalar("SELECT count(DISTINCT object) FROM writes WHERE type = 'list'"), "1");
  std::string list = scalar("SELECT object FROM writes WHERE type = 'list' LIMIT 1");
  EXPECT_EQ(scalar("SELECT count(*) FROM writes WHERE object = " + list), "2");
}

TEST_F(QueryCommandTest, StepsAgreeWithTheTraceAndNarrowingChangesNothing) {
  CliResult info = runRewind({"info", "--json", "known.rwd"}, folder_);
  size_t at = info.out.find("\"steps\": ");
  ASSERT_NE(at, std::string::npos) << info.out;
  std::string steps = info.out.substr(at + 9, info.out.find(',', at) - at - 9);
  EXPECT_EQ(scalar("SELECT count(*) FROM steps"), steps);
  EXPECT_EQ(scalar("SELECT max(step) + 1 FROM steps"), steps);
  EXPECT_EQ(scalar("SELECT group_concat(step) FROM steps WHERE step BETWEEN 10 AND 12"),
            "10,11,12");
  // `line + 0` hides the constraint from the index: a full scan.
  EXPECT_EQ(scalar("SELECT count(*) FROM steps WHERE line = 6"),
            scalar("SELECT count(*) FROM steps WHERE line + 0 = 6"));
  EXPECT_EQ(scalar("SELECT count(*) FROM steps WHERE line_start = 1"),
            scalar("SELECT count(*) FROM lines"));
  // Joins with the stored tables: the code object of `square` is in the blobs.
  EXPECT_EQ(scalar("SELECT count(*) FROM calls c JOIN blobs b ON b.kind = 1 AND b.id = c.code"),
            "4");
}

TEST_F(QueryCommandTest, BadStatementsAndTracesGetClearErrors) {
  CliResult missing = query("SELECT * FROM nope");
  EXPECT_EQ(missing.status, 1);
  EXPECT_EQ(missing.err, "rewind query: SQL error: no such table: nope\n");
  CliResult write = query("DELETE FROM meta");
  EXPECT_EQ(write.status, 1);
  EXPECT_NE(write.err.find("readonly"), std::string::npos) << write.err;
  CliResult two = query("SELECT 1; SELECT 2");
  EXPECT_EQ(two.status, 1);
  EXPECT_EQ(two.err, "rewind query: SQL error: give one statement at a time\n");
  CliResult noTrace = runRewind({"query", "absent.rwd", "SELECT 1"}, folder_);
  EXPECT_EQ(noTrace.status, 3);
  EXPECT_EQ(noTrace.err, "rewind query: trace file 'absent.rwd': no such file\n");
  CliResult usage = runRewind({"query", "known.rwd"}, folder_);
  EXPECT_EQ(usage.status, 2);
}

}  // namespace
