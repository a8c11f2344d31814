#include "trace_schema.h"

#include <charconv>
#include <string>

#include "sqlite_database.h"
#include "storage_error.h"
#include "trace_types.h"

namespace rw::storage {
namespace {

constexpr const char* kTables[] = {"meta",   "sources",   "blob_kinds",  "blobs",
                                   "chunks", "keyframes", "index_kinds", "chunk_index"};

// Plain tables and columns so that `rewind query` can hand them to SQL users as they are.
constexpr const char* kSchema = R"sql(
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sources (
  file_id INTEGER PRIMARY KEY,
  path TEXT NOT NULL,
  text TEXT NOT NULL
);

CREATE TABLE blob_kinds (
  kind INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);
INSERT INTO blob_kinds VALUES (1, 'code'), (2, 'ast'), (3, 'symtable');

CREATE TABLE blobs (
  kind INTEGER NOT NULL,
  id INTEGER NOT NULL,
  raw_size INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (kind, id)
);

CREATE TABLE chunks (
  chunk INTEGER PRIMARY KEY,
  first_step INTEGER NOT NULL,
  step_count INTEGER NOT NULL,
  raw_size INTEGER NOT NULL,
  payload BLOB NOT NULL
);
-- Covers chunkAt's lookup entirely, so it never touches the table with the payloads.
CREATE INDEX chunks_by_first_step ON chunks (first_step, step_count);

CREATE TABLE keyframes (
  step INTEGER PRIMARY KEY,
  raw_size INTEGER NOT NULL,
  payload BLOB NOT NULL
);

CREATE TABLE index_kinds (
  kind INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);
INSERT INTO index_kinds VALUES
  (1, 'line'), (2, 'code'), (3, 'object_write'), (4, 'call'), (5, 'return'),
  (6, 'output'), (7, 'raise'), (8, 'object_birth'), (9, 'object_death'), (10, 'input');

CREATE TABLE chunk_index (
  kind INTEGER NOT NULL,
  key INTEGER NOT NULL,
  chunk INTEGER NOT NULL,
  PRIMARY KEY (kind, key, chunk)
) WITHOUT ROWID;
)sql";

}  // namespace

void createSchema(Database& database) {
  database.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
  database.exec(kSchema);
  Statement insert = database.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
  insert.bind(1, meta_key::kFormatVersion).bind(2, std::to_string(kFormatVersion)).run();
  insert.bind(1, meta_key::kStatus).bind(2, "recording").run();
  insert.bind(1, meta_key::kFinished).bind(2, "0").run();
  insert.bind(1, meta_key::kSteps).bind(2, "0").run();
}

int checkTraceSchema(Database& database) {
  const std::string& path = database.path();
  Statement applicationId = database.prepare("PRAGMA application_id");
  if (!applicationId.step() || applicationId.int64At(0) != kApplicationId) {
    throw traceError(path, "an SQLite database but not a Rewind trace");
  }
  for (const char* table : kTables) {
    if (!database.hasTable(table)) {
      throw traceError(path, std::string("damaged Rewind trace: table '") + table + "' is missing");
    }
  }
  Statement select = database.prepare("SELECT value FROM meta WHERE key = ?");
  select.bind(1, meta_key::kFormatVersion);
  if (!select.step()) throw traceError(path, "damaged Rewind trace: no format_version in meta");
  std::string text = select.textAt(0);
  int version = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), version);
  if (error != std::errc() || end != text.data() + text.size()) {
    throw traceError(path, "damaged Rewind trace: format_version '" + text + "' is not a number");
  }
  if (version > kFormatVersion) {
    throw traceError(path, "trace format version " + text +
                               " is newer than this build of Rewind reads (up to " +
                               std::to_string(kFormatVersion) + "); upgrade Rewind");
  }
  if (version < kOldestReadableFormatVersion) {
    throw traceError(path, "trace format version " + text +
                               " is older than this build of Rewind reads (from " +
                               std::to_string(kOldestReadableFormatVersion) + ")");
  }
  return version;
}

}  // namespace rw::storage
