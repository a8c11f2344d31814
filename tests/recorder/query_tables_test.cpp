// The computed query tables over traces cut into many small chunks: every constraint that
// picks chunks through the index (code, line, object, step) returns exactly the rows a full
// scan filtered by SQLite returns; and traces of another format version open or are refused
// with a clear message.
#include <gtest/gtest.h>
#include <unistd.h>

#include <variant>

#include "recorder/nav_test_support.h"
#include "recorder/query_tables.h"
#include "sqlite_database.h"
#include "trace_types.h"

namespace rw::recorder {
namespace {

namespace fs = std::filesystem;
using testing::navProgram;
using testing::QuietHost;
using testing::readText;

class QueryTablesTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    trace_ = fs::temp_directory_path() /
             ("rewind_query_" + GetParam() + "_" + std::to_string(getpid()) + ".rwd");
    RecordOptions options;
    options.tracePath = trace_.string();
    options.overwrite = true;
    options.chunkSteps = 64;
    options.keyframeSteps = 37;
    QuietHost host;
    std::string file = GetParam() + ".py";
    recordProgram(file, readText(navProgram(file)), {file}, options, host);
    tables_ = std::make_unique<QueryTables>(trace_.string());
  }
  void TearDown() override {
    tables_.reset();
    fs::remove(trace_);
  }

  std::vector<std::vector<storage::QueryValue>> rows(const std::string& sql) {
    return storage::runTraceQuery(trace_.string(), sql, tables_->tables()).rows;
  }
  std::string text(const std::string& sql) {
    std::string out;
    for (const auto& row : rows(sql)) {
      for (const storage::QueryValue& v : row) {
        if (const int64_t* n = std::get_if<int64_t>(&v))
          out += std::to_string(*n);
        else if (const std::string* s = std::get_if<std::string>(&v))
          out += *s;
        else
          out += "NULL";
        out += "|";
      }
      out += "\n";
    }
    return out;
  }

  fs::path trace_;
  std::unique_ptr<QueryTables> tables_;
};

TEST_P(QueryTablesTest, NarrowedScansEqualFullScans) {
  // `+ 0` hides a column from the index, so SQLite filters a full scan.
  for (const char* table : {"steps", "lines"}) {
    std::string t = table;
    auto places = rows("SELECT DISTINCT code, line FROM " + t);
    ASSERT_FALSE(places.empty());
    for (const auto& place : places) {
      std::string code = std::to_string(std::get<int64_t>(place[0]));
      std::string line = std::to_string(std::get<int64_t>(place[1]));
      EXPECT_EQ(
          text("SELECT step FROM " + t + " WHERE code = " + code + " AND line = " + line),
          text("SELECT step FROM " + t + " WHERE code + 0 = " + code + " AND line + 0 = " + line))
          << t << " code " << code << " line " << line;
      EXPECT_EQ(text("SELECT step, line FROM " + t + " WHERE code = " + code),
                text("SELECT step, line FROM " + t + " WHERE code + 0 = " + code));
      EXPECT_EQ(text("SELECT step, code FROM " + t + " WHERE line = " + line),
                text("SELECT step, code FROM " + t + " WHERE line + 0 = " + line));
    }
  }
  for (const auto& call : rows("SELECT DISTINCT code FROM calls")) {
    std::string code = std::to_string(std::get<int64_t>(call[0]));
    EXPECT_EQ(text("SELECT * FROM calls WHERE code = " + code),
              text("SELECT * FROM calls WHERE code + 0 = " + code));
  }
  for (const auto& write : rows("SELECT DISTINCT object FROM writes")) {
    std::string object = std::to_string(std::get<int64_t>(write[0]));
    EXPECT_EQ(text("SELECT * FROM writes WHERE object = " + object),
              text("SELECT * FROM writes WHERE object + 0 = " + object));
  }
  int64_t steps = std::get<int64_t>(rows("SELECT count(*) FROM steps")[0][0]);
  for (const char* table : {"steps", "calls", "writes", "exceptions", "output"}) {
    std::string t = table;
    for (int64_t first : {int64_t{0}, steps / 3, steps - 5}) {
      std::string range = std::to_string(first) + " AND " + std::to_string(first + steps / 4);
      EXPECT_EQ(text("SELECT * FROM " + t + " WHERE step BETWEEN " + range),
                text("SELECT * FROM " + t + " WHERE step + 0 BETWEEN " + range))
          << t << " " << range;
    }
  }
}

TEST_P(QueryTablesTest, RowsAgreeWithTheTimeline) {
  // Every line start the lines table lists is one the timeline steps to.
  std::unique_ptr<Timeline> timeline = Timeline::open(trace_.string());
  std::vector<int64_t> starts;
  for (const auto& row : rows("SELECT step FROM lines ORDER BY step"))
    starts.push_back(std::get<int64_t>(row[0]));
  ASSERT_FALSE(starts.empty());
  int64_t at = starts.front();
  for (size_t i = 1; i < starts.size(); ++i) {
    Arrival next = timeline->stepLine(at, Direction::Forward);
    ASSERT_TRUE(next.step);
    EXPECT_EQ(*next.step, starts[i]);
    at = *next.step;
  }
}

INSTANTIATE_TEST_SUITE_P(NavPrograms, QueryTablesTest,
                         ::testing::Values("calls_and_loops", "exceptions",
                                           "generators_and_classes", "objects"));

class FormatVersionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    trace_ = fs::temp_directory_path() / ("rewind_format_" + std::to_string(getpid()) + ".rwd");
    RecordOptions options;
    options.tracePath = trace_.string();
    options.overwrite = true;
    QuietHost host;
    recordProgram("calls_and_loops.py", readText(navProgram("calls_and_loops.py")),
                  {"calls_and_loops.py"}, options, host);
  }
  void TearDown() override { fs::remove(trace_); }
  void setVersion(int version) {
    storage::Database database(trace_.string(), storage::Database::Access::ReadWrite);
    database.exec("UPDATE meta SET value = '" + std::to_string(version) +
                  "' WHERE key = 'format_version'");
  }
  std::string openError() {
    try {
      Timeline::open(trace_.string());
    } catch (const TimelineError& e) {
      return e.what();
    }
    return "opened";
  }
  fs::path trace_;
};

TEST_F(FormatVersionTest, TheOlderReadableVersionStillOpensAndReplays) {
  int64_t steps = Timeline::open(trace_.string())->steps();
  setVersion(1);
  std::unique_ptr<Timeline> timeline = Timeline::open(trace_.string());
  EXPECT_EQ(timeline->steps(), steps);
  EXPECT_EQ(timeline->state(steps - 1).step, steps - 1);
}

TEST_F(FormatVersionTest, OtherVersionsGetAClearMessage) {
  setVersion(0);
  EXPECT_EQ(openError(),
            "trace file '" + trace_.string() +
                "': trace format version 0 is older than this build of Rewind reads (from 1)");
  setVersion(storage::kFormatVersion + 1);
  EXPECT_EQ(openError(), "trace file '" + trace_.string() + "': trace format version " +
                             std::to_string(storage::kFormatVersion + 1) +
                             " is newer than this build of Rewind reads (up to " +
                             std::to_string(storage::kFormatVersion) + "); upgrade Rewind");
  setVersion(storage::kFormatVersion);
  EXPECT_EQ(openError(), "opened");
}

}  // namespace
}  // namespace rw::recorder
