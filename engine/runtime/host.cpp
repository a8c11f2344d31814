// The process host: buffered standard output, standard input and the system clocks.
#include <chrono>
#include <cstdio>
#include <iostream>

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

}  // namespace rw
