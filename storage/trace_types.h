// Plain records exchanged between the recorder and the trace file.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace rw::storage {

// Incremented whenever the schema or an encoding changes; documented in docs/trace-format.md.
inline constexpr int kFormatVersion = 2;

class StorageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct SourceRecord {
  int64_t fileId = 0;
  std::string path;  // as the program named it
  std::string text;  // exact source text
};

enum class BlobKind : int { Code = 1, Ast = 2, Symtable = 3 };

// What a chunk-granular index entry says a chunk contains. Keys are chosen by the recorder
// (documented in docs/trace-format.md); the storage only stores and looks them up.
enum class IndexKind : int {
  Line = 1,       // key: (code id << 20) | line
  Code = 2,       // key: code id executed
  ObjectWrite = 3,// key: object id mutated
  Call = 4,       // key: code id called
  Return = 5,     // key: code id returned from
  Output = 6,     // key: 1 stdout, 2 stderr
  Raise = 7,      // key: exception type id
  ObjectBirth = 8,// key: object id created
  ObjectDeath = 9,// key: object id died
  Input = 10,     // key: 1 (the chunk holds values read from outside: input(), clocks)
};

struct IndexEntry {
  IndexKind kind;
  int64_t key;
};

// Steps [firstStep, firstStep + stepCount) and their events. The payload is encoded by the
// recorder; the storage compresses it.
struct ChunkRecord {
  int64_t index = 0;
  int64_t firstStep = 0;
  int64_t stepCount = 0;
  std::vector<uint8_t> payload;
  std::vector<IndexEntry> entries;  // duplicates allowed; stored once
};

// A full (or incremental, per the recorder's encoding) state at `step`.
struct KeyframeRecord {
  int64_t step = 0;
  std::vector<uint8_t> payload;
};

struct ChunkInfo {
  int64_t index = 0;
  int64_t firstStep = 0;
  int64_t stepCount = 0;
};

}  // namespace rw::storage
