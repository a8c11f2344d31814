// The SQLite schema of a trace file (described in docs/trace-format.md) and the checks that
// tell a readable trace from anything else.
#pragma once

#include <cstdint>

namespace rw::storage {

class Database;

// Stored in the SQLite header so that a trace is recognisable without reading any table.
inline constexpr int32_t kApplicationId = 0x52574E44;  // "RWND"
// The oldest format this build still reads.
inline constexpr int kOldestReadableFormatVersion = 1;

namespace meta_key {
inline constexpr const char* kFormatVersion = "format_version";
inline constexpr const char* kStatus = "status";
inline constexpr const char* kFinished = "finished";
inline constexpr const char* kSteps = "steps";
}  // namespace meta_key

// Creates the tables and the initial meta rows; the caller holds a transaction.
void createSchema(Database& database);

// Throws a StorageError naming the file and the problem unless it holds a trace this build
// can read; returns its format version.
int checkTraceSchema(Database& database);

}  // namespace rw::storage
