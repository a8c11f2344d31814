// sys.stdin reads its lines from the Host (so that a recording logs them): readline with and
// without a size, iteration, readlines and read, mixed with input().
#include <gtest/gtest.h>

#include <string>

#include "capturing_host.h"
#include "runtime/interp.h"
#include "runtime/program.h"

namespace {

std::string run(const std::string& source, const std::string& input) {
  rw::testing::CapturingHost host(input);
  {
    rw::Interp interp(host);
    int status = rw::runMainProgram(interp, "stdin_test.py", source, {"stdin_test.py"});
    EXPECT_EQ(status, 0) << host.err();
  }
  return host.out();
}

TEST(SysStdin, ReadlineSizesAndEnd) {
  std::string out =
      run("import sys\n"
          "print(repr(sys.stdin.readline()))\n"
          "print(repr(sys.stdin.readline(3)), repr(sys.stdin.readline()))\n"
          "print(repr(sys.stdin.readline(0)), repr(sys.stdin.readline()), "
          "repr(sys.stdin.readline()))\n",
          "first line\nsecond\nlast without newline");
  EXPECT_EQ(out, "'first line\\n'\n'sec' 'ond\\n'\n'' 'last without newline' ''\n");
}

TEST(SysStdin, IterationReadlinesAndRead) {
  std::string out =
      run("import sys\n"
          "for line in sys.stdin:\n"
          "    print(line.strip().upper())\n"
          "    if line.startswith('b'):\n"
          "        break\n"
          "print(sys.stdin.readlines())\n",
          "alpha\nbeta\ngamma\ndelta\n");
  EXPECT_EQ(out, "ALPHA\nBETA\n['gamma\\n', 'delta\\n']\n");
  out = run("import sys\nprint(repr(sys.stdin.read(7)), repr(sys.stdin.read()))\n", "ab\ncd\nef\n");
  EXPECT_EQ(out, "'ab\\ncd\\ne' 'f\\n'\n");
}

TEST(SysStdin, SharesTheHostWithInput) {
  std::string out = run("import sys\nprint(input(), sys.stdin.readline().strip(), input())\n",
                        "one\ntwo\nthree\n");
  EXPECT_EQ(out, "one two three\n");
}

TEST(SysStdin, LooksLikeCPythonsStream) {
  std::string out =
      run("import sys\nprint(sys.stdin, sys.stdin.name, sys.stdin.mode, sys.stdin.isatty(), "
          "sys.stdin.readable(), sys.__stdin__ is sys.stdin)\n",
          "");
  EXPECT_EQ(out,
            "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'> <stdin> r False True "
            "True\n");
}

}  // namespace
