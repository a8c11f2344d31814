// Reading a program's source file, with the operating system's reason when that fails.
#pragma once

#include <string>

namespace rw::cli {

// Reads the whole file as bytes. On failure returns false with `error` set to errno.
bool readSourceFile(const std::string& path, std::string& out, int& error);

// Python's text for an OSError about `path`: "[Errno 2] No such file or directory: 'x.py'".
std::string osErrorText(int error, const std::string& path);

// What `python3 FILE` says when it cannot read FILE, with "rewind" for "python3":
// "rewind: can't open file 'x.py': [Errno 2] No such file or directory".
std::string cantOpenFileText(int error, const std::string& path);

}  // namespace rw::cli
