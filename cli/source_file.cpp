#include "source_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "support/repr.h"

namespace rw::cli {

bool readSourceFile(const std::string& path, std::string& out, int& error) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = errno;
    return false;
  }
  out.clear();
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      error = errno;  // EISDIR for a directory, like Python's open()
      ::close(fd);
      return false;
    }
    out.append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
  return true;
}

std::string osErrorText(int error, const std::string& path) {
  return "[Errno " + std::to_string(error) + "] " + std::strerror(error) + ": " +
         support::reprString(path);
}

std::string cantOpenFileText(int error, const std::string& path) {
  return "rewind: can't open file " + support::reprString(path) + ": [Errno " +
         std::to_string(error) + "] " + std::strerror(error);
}

}  // namespace rw::cli
