// The process host: buffered standard output, standard input and the system clocks.
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "runtime/host.h"

namespace rw {

ProcessHost::~ProcessHost() { flush(OutputStream::Stdout); }

void ProcessHost::write(OutputStream stream, std::string_view text) {
  if (stream == OutputStream::Stdout) {
    stdoutBuffer_.append(text);
    if (stdoutBuffer_.size() >= 1 << 16) flush(OutputStream::Stdout);
    return;
  }
  // stderr is unbuffered, and stdout goes first so the two interleave as the program wrote them.
  flush(OutputStream::Stdout);
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

void ProcessHost::flush(OutputStream stream) {
  if (stream == OutputStream::Stdout && !stdoutBuffer_.empty()) {
    std::fwrite(stdoutBuffer_.data(), 1, stdoutBuffer_.size(), stdout);
    stdoutBuffer_.clear();
  }
  std::fflush(stream == OutputStream::Stdout ? stdout : stderr);
}

std::string ProcessHost::readLine() {
  std::string line;
  if (!std::getline(std::cin, line)) return line;
  if (!std::cin.eof()) line += '\n';
  return line;
}

double ProcessHost::wallTime() {
  using namespace std::chrono;
  return duration<double>(system_clock::now().time_since_epoch()).count();
}

double ProcessHost::monotonicTime() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

namespace {

bool insideFolder(const std::string& folder, const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path root = fs::weakly_canonical(fs::absolute(folder), ec);
  fs::path target = fs::weakly_canonical(fs::absolute(path), ec);
  auto [r, t] = std::mismatch(root.begin(), root.end(), target.begin(), target.end());
  return r == root.end();
}

}  // namespace

std::string ProcessHost::folderOf(const std::string& programPath) {
  std::error_code ec;
  return std::filesystem::absolute(programPath, ec).parent_path().string();
}

FileReadResult ProcessHost::readFile(const std::string& path) {
  FileReadResult result;
  if (sandbox_ && !insideFolder(*sandbox_, path)) {
    result.error = EACCES;
    result.message = "Rewind sandbox: reading files outside the program's folder is not allowed";
    return result;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    result.error = EISDIR;
    return result;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    result.error = errno ? errno : ENOENT;
    return result;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  result.data = buffer.str();
  return result;
}

FileWriteResult ProcessHost::writeFile(const std::string& path, std::string_view data, FileWriteMode mode) {
  FileWriteResult result;
  if (sandbox_ && !insideFolder(*sandbox_, path)) {
    result.error = EACCES;
    result.message = "Rewind sandbox: writing files outside the program's folder is not allowed";
    return result;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    result.error = EISDIR;
    return result;
  }
  if (mode == FileWriteMode::Exclusive && std::filesystem::exists(path, ec)) {
    result.error = EEXIST;
    return result;
  }
  errno = 0;
  std::ofstream out(path, std::ios::binary | (mode == FileWriteMode::Append ? std::ios::app : std::ios::trunc));
  if (!out) {
    result.error = errno ? errno : EACCES;
    return result;
  }
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  if (!out) result.error = errno ? errno : EIO;
  return result;
}

}  // namespace rw
