// Everything a TraceWriter stores comes back unchanged from a TraceReader.
#include <gtest/gtest.h>

#include <chrono>
#include <random>

#include "storage/trace_test_support.h"
#include "trace_reader.h"
#include "trace_writer.h"

namespace rw::storage {
namespace {

using test_support::eventLikeBytes;
using test_support::noiseBytes;

class TraceRoundTripTest : public test_support::TraceFileTest {};

TEST_F(TraceRoundTripTest, EveryRecordTypeRoundTrips) {
  std::string path = pathFor("all.rwd");
  auto writer = TraceWriter::create(path, false);
  writer->setMeta("program", "examples/fib.py");
  writer->setMeta("argv",
                  "fib.py\x1f"
                  "10");
  writer->addSource({1, "fib.py", "def fib(n):\n    return n\n"});
  writer->addSource({2, "héllo.py", std::string("nul\0inside", 10)});
  writer->addBlob(BlobKind::Code, 7, {1, 2, 3});
  writer->addBlob(BlobKind::Ast, 7, {4, 5});
  writer->addBlob(BlobKind::Symtable, 1, {});
  writer->addBlob(BlobKind::Code, 3, {9});
  writer->addKeyframe({0, {10, 11, 12}});
  writer->addChunk({0, 0, 100, {1, 1, 1}, {{IndexKind::Line, (7 << 20) | 3}}});
  writer->addChunk({1, 100, 50, {}, {}});
  writer->addKeyframe({120, {13}});
  writer->addChunk({2, 150, 10, {2}, {{IndexKind::Output, 1}, {IndexKind::Raise, 5}}});
  writer->finish(160, "complete");

  auto reader = TraceReader::open(path);
  EXPECT_EQ(reader->formatVersion(), kFormatVersion);
  EXPECT_EQ(reader->meta("program"), "examples/fib.py");
  EXPECT_EQ(reader->meta("argv"),
            "fib.py\x1f"
            "10");
  EXPECT_EQ(reader->meta("status"), "complete");
  EXPECT_EQ(reader->meta("no such key"), std::nullopt);
  EXPECT_TRUE(reader->finished());
  EXPECT_EQ(reader->steps(), 160);

  auto sources = reader->sources();
  ASSERT_EQ(sources.size(), 2u);
  EXPECT_EQ(sources[0].fileId, 1);
  EXPECT_EQ(sources[0].path, "fib.py");
  EXPECT_EQ(sources[0].text, "def fib(n):\n    return n\n");
  EXPECT_EQ(sources[1].path, "héllo.py");
  EXPECT_EQ(sources[1].text, std::string("nul\0inside", 10));

  EXPECT_EQ(reader->blob(BlobKind::Code, 7), (std::vector<uint8_t>{1, 2, 3}));
  EXPECT_EQ(reader->blob(BlobKind::Ast, 7), (std::vector<uint8_t>{4, 5}));
  EXPECT_EQ(reader->blob(BlobKind::Symtable, 1), std::vector<uint8_t>{});
  EXPECT_EQ(reader->blob(BlobKind::Code, 8), std::nullopt);
  EXPECT_EQ(reader->blobIds(BlobKind::Code), (std::vector<int64_t>{3, 7}));
  EXPECT_EQ(reader->blobIds(BlobKind::Symtable), (std::vector<int64_t>{1}));

  auto chunks = reader->chunks();
  ASSERT_EQ(chunks.size(), 3u);
  EXPECT_EQ(chunks[1].index, 1);
  EXPECT_EQ(chunks[1].firstStep, 100);
  EXPECT_EQ(chunks[1].stepCount, 50);
  EXPECT_EQ(reader->chunkPayload(0), (std::vector<uint8_t>{1, 1, 1}));
  EXPECT_EQ(reader->chunkPayload(1), std::vector<uint8_t>{});
  EXPECT_EQ(reader->chunkPayload(2), (std::vector<uint8_t>{2}));
  EXPECT_THROW(reader->chunkPayload(3), StorageError);

  EXPECT_EQ(reader->keyframeSteps(), (std::vector<int64_t>{0, 120}));
  auto keyframe = reader->keyframeAtOrBefore(119);
  ASSERT_TRUE(keyframe);
  EXPECT_EQ(keyframe->step, 0);
  EXPECT_EQ(keyframe->payload, (std::vector<uint8_t>{10, 11, 12}));
  EXPECT_EQ(reader->keyframeAtOrBefore(500)->payload, std::vector<uint8_t>{13});
  EXPECT_EQ(reader->keyframeAtOrBefore(-1), std::nullopt);

  EXPECT_EQ(reader->chunksWith(IndexKind::Line, (7 << 20) | 3), std::vector<int64_t>{0});
  EXPECT_EQ(reader->chunksWith(IndexKind::Output, 1), std::vector<int64_t>{2});
  EXPECT_TRUE(reader->chunksWith(IndexKind::Output, 2).empty());
  EXPECT_GT(reader->fileSize(), 0);
}

TEST_F(TraceRoundTripTest, BigPayloadsRoundTripAndCompress) {
  std::string path = pathFor("big.rwd");
  auto noise = noiseBytes(24 << 20, 1);
  auto events = eventLikeBytes(48 << 20, 2);
  auto writer = TraceWriter::create(path, false);
  writer->addBlob(BlobKind::Code, 1, noise);
  writer->addKeyframe({0, noise});
  writer->addChunk({0, 0, 1000, events, {}});
  writer->finish(1000, "complete");
  int64_t writerSize = writer->fileSize();

  auto reader = TraceReader::open(path);
  EXPECT_EQ(reader->blob(BlobKind::Code, 1), noise);
  EXPECT_EQ(reader->keyframeAtOrBefore(0)->payload, noise);
  EXPECT_EQ(reader->chunkPayload(0), events);
  EXPECT_EQ(reader->fileSize(), writerSize);
  // The incompressible parts dominate: the event chunk must have shrunk to a fraction.
  EXPECT_LT(writerSize, static_cast<int64_t>(2 * noise.size() + events.size() / 10));
}

TEST_F(TraceRoundTripTest, ManySmallChunksSeekFast) {
  constexpr int64_t kChunks = 100'000;
  constexpr int64_t kStepsPerChunk = 7;
  constexpr int64_t kKeyframeEvery = 10;
  std::string path = pathFor("many.rwd");
  {
    auto writer = TraceWriter::create(path, false);
    for (int64_t i = 0; i < kChunks; ++i) {
      ChunkRecord chunk{i, i * kStepsPerChunk, kStepsPerChunk, eventLikeBytes(48, i), {}};
      chunk.entries = {
          {IndexKind::Code, i % 100}, {IndexKind::Code, i % 100}, {IndexKind::Line, i}};
      writer->addChunk(std::move(chunk));
      if (i % kKeyframeEvery == 0) writer->addKeyframe({i * kStepsPerChunk, noiseBytes(16, i)});
    }
    writer->finish(kChunks * kStepsPerChunk, "complete");
  }

  auto reader = TraceReader::open(path);
  EXPECT_EQ(reader->steps(), kChunks * kStepsPerChunk);
  EXPECT_EQ(reader->chunks().size(), static_cast<size_t>(kChunks));
  EXPECT_EQ(reader->keyframeSteps().size(), static_cast<size_t>(kChunks / kKeyframeEvery));

  std::mt19937_64 random(42);
  std::uniform_int_distribution<int64_t> anyStep(0, kChunks * kStepsPerChunk - 1);
  auto start = std::chrono::steady_clock::now();
  constexpr int kLookups = 20'000;
  for (int i = 0; i < kLookups; ++i) {
    int64_t step = anyStep(random);
    auto chunk = reader->chunkAt(step);
    ASSERT_TRUE(chunk);
    ASSERT_EQ(chunk->index, step / kStepsPerChunk);
    auto keyframe = reader->keyframeAtOrBefore(step);
    ASSERT_TRUE(keyframe);
    int64_t keyframeChunk = step / kStepsPerChunk / kKeyframeEvery * kKeyframeEvery;
    ASSERT_EQ(keyframe->step, keyframeChunk * kStepsPerChunk);
    ASSERT_EQ(keyframe->payload, noiseBytes(16, keyframeChunk));
  }
  auto elapsed = std::chrono::steady_clock::now() - start;
  // Indexed lookups take microseconds; a table scan would take far longer than this.
  EXPECT_LT(elapsed, std::chrono::seconds(2));
  EXPECT_EQ(reader->chunkAt(kChunks * kStepsPerChunk), std::nullopt);
  EXPECT_EQ(reader->chunkPayload(12345), eventLikeBytes(48, 12345));

  auto withCode = reader->chunksWith(IndexKind::Code, 37);
  ASSERT_EQ(withCode.size(), static_cast<size_t>(kChunks / 100));
  for (size_t i = 0; i < withCode.size(); ++i)
    EXPECT_EQ(withCode[i], 37 + 100 * int64_t(i));
  EXPECT_EQ(reader->chunksWith(IndexKind::Line, 99'999), std::vector<int64_t>{99'999});
}

TEST_F(TraceRoundTripTest, ChunkAtFindsNothingInGapsBetweenChunks) {
  std::string path = pathFor("gaps.rwd");
  auto writer = TraceWriter::create(path, false);
  writer->addChunk({0, 10, 5, {}, {}});
  writer->addChunk({4, 30, 5, {}, {}});
  writer->finish(35, "complete");
  auto reader = TraceReader::open(path);
  EXPECT_EQ(reader->chunkAt(9), std::nullopt);
  EXPECT_EQ(reader->chunkAt(12)->index, 0);
  EXPECT_EQ(reader->chunkAt(15), std::nullopt);
  EXPECT_EQ(reader->chunkAt(34)->index, 4);
  EXPECT_EQ(reader->chunkAt(35), std::nullopt);
}

TEST_F(TraceRoundTripTest, ReopeningAFinishedTraceGivesTheSameContents) {
  std::string path = pathFor("reopen.rwd");
  auto writer = TraceWriter::create(path, false);
  writer->setMeta("program", "a.py");
  writer->addChunk({0, 0, 3, {1, 2, 3}, {{IndexKind::Call, 9}}});
  writer->finish(3, "max-steps");
  writer.reset();

  for (int round = 0; round < 3; ++round) {
    auto reader = TraceReader::open(path);
    EXPECT_EQ(reader->meta("program"), "a.py");
    EXPECT_EQ(reader->meta("status"), "max-steps");
    EXPECT_EQ(reader->steps(), 3);
    EXPECT_EQ(reader->chunkPayload(0), (std::vector<uint8_t>{1, 2, 3}));
    EXPECT_EQ(reader->chunksWith(IndexKind::Call, 9), std::vector<int64_t>{0});
  }
}

TEST_F(TraceRoundTripTest, FinishedTraceIsASingleFile) {
  std::string path = pathFor("single.rwd");
  auto writer = TraceWriter::create(path, false);
  writer->addChunk({0, 0, 1, noiseBytes(100'000, 3), {}});
  writer->finish(1, "complete");
  EXPECT_EQ(filesInDirectory(), std::vector<std::string>{"single.rwd"});
  EXPECT_EQ(writer->fileSize(), static_cast<int64_t>(std::filesystem::file_size(path)));
  writer.reset();
  {
    auto reader = TraceReader::open(path);
    reader->chunkPayload(0);
  }
  EXPECT_EQ(filesInDirectory(), std::vector<std::string>{"single.rwd"});
}

TEST_F(TraceRoundTripTest, FinishSucceedsWhileAReaderFollowsTheRecording) {
  std::string path = pathFor("followed.rwd");
  auto writer = TraceWriter::create(path, false);
  writer->addChunk({0, 0, 5, {7}, {}});
  auto reader = TraceReader::open(path);
  writer->finish(5, "complete");
  EXPECT_TRUE(reader->finished());
  EXPECT_EQ(reader->steps(), 5);
  EXPECT_EQ(reader->chunkPayload(0), std::vector<uint8_t>{7});
  reader.reset();
  writer.reset();
  EXPECT_EQ(TraceReader::open(path)->steps(), 5);
}

TEST_F(TraceRoundTripTest, WriterDroppedWithoutFinishLeavesACutOffSingleFile) {
  std::string path = pathFor("dropped.rwd");
  {
    auto writer = TraceWriter::create(path, false);
    writer->addChunk({0, 0, 4, {1}, {}});
    writer->addChunk({1, 4, 4, {2}, {}});
  }
  EXPECT_EQ(filesInDirectory(), std::vector<std::string>{"dropped.rwd"});
  auto reader = TraceReader::open(path);
  EXPECT_FALSE(reader->finished());
  EXPECT_EQ(reader->meta("status"), "recording");
  EXPECT_EQ(reader->steps(), 8);
}

TEST_F(TraceRoundTripTest, CreateRefusesToOverwriteUnlessAsked) {
  std::string path = pathFor("existing.rwd");
  {
    auto writer = TraceWriter::create(path, false);
    writer->setMeta("program", "first.py");
    writer->finish(0, "complete");
  }
  try {
    TraceWriter::create(path, false);
    FAIL() << "create overwrote an existing file";
  } catch (const StorageError& error) {
    EXPECT_NE(std::string(error.what()).find(path), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find("already exists"), std::string::npos);
  }
  EXPECT_EQ(TraceReader::open(path)->meta("program"), "first.py");

  auto writer = TraceWriter::create(path, true);
  writer->setMeta("program", "second.py");
  writer->finish(0, "complete");
  EXPECT_EQ(TraceReader::open(path)->meta("program"), "second.py");
}

TEST_F(TraceRoundTripTest, CreateInAMissingDirectoryNamesThePath) {
  std::string path = pathFor("no/such/dir/t.rwd");
  try {
    TraceWriter::create(path, false);
    FAIL() << "created a file in a missing directory";
  } catch (const StorageError& error) {
    EXPECT_NE(std::string(error.what()).find(path), std::string::npos) << error.what();
  }
}

TEST_F(TraceRoundTripTest, OutOfOrderRecordsAreRejectedAtTheCall) {
  auto writer = TraceWriter::create(pathFor("order.rwd"), false);
  writer->addChunk({5, 100, 10, {}, {}});
  EXPECT_THROW(writer->addChunk({5, 200, 10, {}, {}}), StorageError);
  EXPECT_THROW(writer->addChunk({6, 105, 10, {}, {}}), StorageError);
  EXPECT_THROW(writer->addChunk({-1, 0, 1, {}, {}}), StorageError);
  writer->addChunk({6, 110, 10, {}, {}});
  writer->addKeyframe({100, {}});
  EXPECT_THROW(writer->addKeyframe({100, {}}), StorageError);
  writer->addSource({1, "a.py", ""});
  EXPECT_THROW(writer->addSource({1, "b.py", ""}), StorageError);
  writer->addBlob(BlobKind::Code, 1, {});
  EXPECT_THROW(writer->addBlob(BlobKind::Code, 1, {}), StorageError);
  writer->finish(120, "complete");
  EXPECT_THROW(writer->addChunk({7, 120, 1, {}, {}}), StorageError);
  EXPECT_THROW(writer->finish(120, "complete"), StorageError);
}

}  // namespace
}  // namespace rw::storage
