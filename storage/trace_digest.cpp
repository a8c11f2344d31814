#include "trace_digest.h"

#include <sqlite3.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "sqlite_database.h"
#include "storage_error.h"
#include "trace_schema.h"

namespace rw::storage {
namespace {

// 64-bit FNV-1a over a stream of length-prefixed fields, so that field boundaries count.
class Digest {
 public:
  void add(const void* data, size_t size) {
    addRaw(&size, sizeof size);
    addRaw(data, size);
  }
  std::string hex() const {
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(state_));
    return text;
  }

 private:
  void addRaw(const void* data, size_t size) {
    const auto* bytes = static_cast<const unsigned char*>(data);
    for (size_t i = 0; i < size; ++i) {
      state_ ^= bytes[i];
      state_ *= 0x100000001b3ULL;
    }
  }
  uint64_t state_ = 0xcbf29ce484222325ULL;
};

// Each table in its key order; meta without the session keys.
const std::string kDigestQueries[] = {
    std::string("SELECT key, value FROM meta WHERE key NOT IN ('") + session_meta::kRecordedAt +
        "', '" + session_meta::kRecordSeconds + "') ORDER BY key",
    "SELECT * FROM sources ORDER BY file_id",
    "SELECT * FROM blobs ORDER BY kind, id",
    "SELECT * FROM chunks ORDER BY chunk",
    "SELECT * FROM keyframes ORDER BY step",
    "SELECT * FROM chunk_index ORDER BY kind, key, chunk",
};

}  // namespace

std::string traceContentDigest(const std::string& path) {
  Database database(path, Database::Access::ReadOnly);
  checkTraceSchema(database);
  Digest digest;
  for (const std::string& sql : kDigestQueries) {
    Statement statement = database.prepare(sql);
    while (statement.step()) {
      sqlite3_stmt* row = statement.handle();
      for (int i = 0; i < sqlite3_column_count(row); ++i) {
        int type = sqlite3_column_type(row, i);
        digest.add(&type, sizeof type);
        const void* bytes = sqlite3_column_blob(row, i);
        digest.add(bytes, static_cast<size_t>(sqlite3_column_bytes(row, i)));
      }
    }
  }
  return digest.hex();
}

}  // namespace rw::storage
