// Opening anything that is not a readable trace gives a StorageError naming the file and
// the problem, never a crash.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>

#include "storage/trace_test_support.h"
#include "trace_reader.h"
#include "trace_writer.h"

namespace rw::storage {
namespace {

using test_support::noiseBytes;

class TraceBadFileTest : public test_support::TraceFileTest {
 protected:
  void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
  }

  void writeValidTrace(const std::string& path) {
    auto writer = TraceWriter::create(path, false);
    writer->addSource({1, "main.py", "print(1)\n"});
    for (int64_t i = 0; i < 64; ++i) {
      writer->addChunk({i, i * 10, 10, noiseBytes(32 * 1024, i), {{IndexKind::Code, i}}});
    }
    writer->finish(640, "complete");
  }

  void runSql(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db);
    sqlite3_close(db);
  }

  // Opens `path` expecting a StorageError that names it and contains `problem`.
  void expectOpenFails(const std::string& path, const std::string& problem) {
    try {
      auto reader = TraceReader::open(path);
      FAIL() << "opened " << path;
    } catch (const StorageError& error) {
      std::string message = error.what();
      EXPECT_NE(message.find(path), std::string::npos) << message;
      EXPECT_NE(message.find(problem), std::string::npos) << message;
    }
  }
};

TEST_F(TraceBadFileTest, MissingFile) {
  expectOpenFails(pathFor("missing.rwd"), "no such file");
}

TEST_F(TraceBadFileTest, Directory) {
  std::filesystem::create_directory(pathFor("dir.rwd"));
  expectOpenFails(pathFor("dir.rwd"), "is a directory");
}

TEST_F(TraceBadFileTest, EmptyFile) {
  writeBytes(pathFor("empty.rwd"), "");
  expectOpenFails(pathFor("empty.rwd"), "empty file");
}

TEST_F(TraceBadFileTest, RandomBytes) {
  auto noise = noiseBytes(64 * 1024, 9);
  writeBytes(pathFor("noise.rwd"), std::string(noise.begin(), noise.end()));
  expectOpenFails(pathFor("noise.rwd"), "not an SQLite database");
}

TEST_F(TraceBadFileTest, TextFile) {
  writeBytes(pathFor("text.rwd"), "def main():\n    print('not a trace')\n");
  expectOpenFails(pathFor("text.rwd"), "not an SQLite database");
}

TEST_F(TraceBadFileTest, SqliteDatabaseWithoutTraceTables) {
  runSql(pathFor("other.db"), "CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('x');");
  expectOpenFails(pathFor("other.db"), "not a Rewind trace");
}

TEST_F(TraceBadFileTest, TraceWithATableMissing) {
  writeValidTrace(pathFor("damaged.rwd"));
  runSql(pathFor("damaged.rwd"), "DROP TABLE keyframes;");
  expectOpenFails(pathFor("damaged.rwd"), "table 'keyframes' is missing");
}

TEST_F(TraceBadFileTest, NewerFormatVersion) {
  writeValidTrace(pathFor("newer.rwd"));
  runSql(pathFor("newer.rwd"), "UPDATE meta SET value = '" + std::to_string(kFormatVersion + 1) +
                                   "' WHERE key = 'format_version';");
  expectOpenFails(pathFor("newer.rwd"), "is newer than this build of Rewind reads");
}

TEST_F(TraceBadFileTest, OlderUnsupportedFormatVersion) {
  writeValidTrace(pathFor("older.rwd"));
  runSql(pathFor("older.rwd"), "UPDATE meta SET value = '0' WHERE key = 'format_version';");
  expectOpenFails(pathFor("older.rwd"), "is older than this build of Rewind reads");
}

TEST_F(TraceBadFileTest, NonNumericFormatVersion) {
  writeValidTrace(pathFor("garbled.rwd"));
  runSql(pathFor("garbled.rwd"), "UPDATE meta SET value = 'one' WHERE key = 'format_version';");
  expectOpenFails(pathFor("garbled.rwd"), "is not a number");
}

TEST_F(TraceBadFileTest, TruncatedInTheMiddle) {
  std::string path = pathFor("truncated.rwd");
  writeValidTrace(path);
  auto size = std::filesystem::file_size(path);
  ASSERT_GT(size, 1'000'000u);
  std::filesystem::resize_file(path, size / 2);
  expectOpenFails(path, "corrupt or truncated");
}

TEST_F(TraceBadFileTest, TruncatedToLessThanAHeader) {
  std::string path = pathFor("stub.rwd");
  writeValidTrace(path);
  std::filesystem::resize_file(path, 60);
  expectOpenFails(path, path);
}

TEST_F(TraceBadFileTest, CorruptChunkPayloadIsReportedWhenRead) {
  std::string path = pathFor("bitrot.rwd");
  writeValidTrace(path);
  runSql(path, "UPDATE chunks SET payload = x'0102030405' WHERE chunk = 3;");
  auto reader = TraceReader::open(path);
  EXPECT_EQ(reader->chunkPayload(2), noiseBytes(32 * 1024, 2));
  try {
    reader->chunkPayload(3);
    FAIL() << "decoded a corrupt chunk";
  } catch (const StorageError& error) {
    EXPECT_NE(std::string(error.what()).find("chunk 3 is corrupt"), std::string::npos)
        << error.what();
  }
}

TEST_F(TraceBadFileTest, LyingRawSizeIsReportedWhenRead) {
  std::string path = pathFor("liar.rwd");
  writeValidTrace(path);
  runSql(path, "UPDATE chunks SET raw_size = 1000000000000 WHERE chunk = 5;");
  auto reader = TraceReader::open(path);
  EXPECT_THROW(reader->chunkPayload(5), StorageError);
}

}  // namespace
}  // namespace rw::storage
