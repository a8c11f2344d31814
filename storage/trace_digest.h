// A digest of what a trace records, for checking that recording is deterministic: two
// recordings of the same run have equal digests. Wall-clock facts about the recording
// (when it was made, how long it took) are left out.
#pragma once

#include <string>

namespace rw::storage {

// Meta keys that describe the recording session rather than the run; not digested.
namespace session_meta {
inline constexpr const char* kRecordedAt = "recorded_at";        // UTC, ISO 8601
inline constexpr const char* kRecordSeconds = "record_seconds";  // wall time of the recording
}  // namespace session_meta

// A hex digest of every table's rows in key order. Throws StorageError for an unreadable trace.
std::string traceContentDigest(const std::string& path);

}  // namespace rw::storage
