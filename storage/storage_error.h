// Builds the StorageError messages of the storage library so that every one names the file.
#pragma once

#include <string>

#include "trace_types.h"

namespace rw::storage {

inline StorageError traceError(const std::string& path, const std::string& what) {
  return StorageError("trace file '" + path + "': " + what);
}

}  // namespace rw::storage
