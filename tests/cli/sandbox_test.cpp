// `rewind run --sandbox`: programs that keep to their own folder run exactly as without it
// (the file conformance programs, against CPython's goldens), and reads or writes outside the
// folder fail with PermissionError and Rewind's message. There is no network module either.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "cli_runner.h"

namespace fs = std::filesystem;
using rw::testing::readWhole;
using rw::testing::runRewind;

namespace {

const fs::path kConformance = fs::path(REWIND_SOURCE_DIR) / "tests" / "conformance";

// A scratch folder removed at the end of the test: the programs write files.
class Scratch {
 public:
  Scratch()
      : path_(fs::temp_directory_path() / ("rewind_sandbox_test_" + std::to_string(getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~Scratch() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

void writeText(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

TEST(Sandbox, ProgramsInsideTheirFolderRunAsWithout) {
  for (const char* program :
       {"builtins/open_text_files.py", "builtins/err_open_files.py", "files/read_text.py",
        "files/write_text.py", "files/file_errors.py"}) {
    fs::path source = kConformance / program;
    ASSERT_TRUE(fs::exists(source)) << source;
    Scratch scratch;
    fs::copy(source.parent_path(), scratch.path(), fs::copy_options::recursive);
    auto result = runRewind({"run", "--sandbox", source.filename().string()}, scratch.path());
    EXPECT_EQ(result.out, readWhole(fs::path(source).replace_extension(".out"))) << program;
    EXPECT_EQ(std::to_string(result.status) + "\n",
              readWhole(fs::path(source).replace_extension(".exit")))
        << program << "\n"
        << result.err;
  }
}

const char* kEscapes = R"(import sys
attempts = [("../outside.txt", "r"), (sys.argv[1], "r"), ("../made.txt", "w"),
            ("inner/../../made.txt", "a"), ("inside.txt", "r"), ("new.txt", "w")]
for path, mode in attempts:
    try:
        with open(path, mode) as f:
            print(path, "ok", f.read() if mode == "r" else f.write("x"))
    except OSError as e:
        print(path, type(e).__name__, e.errno, e.strerror)
try:
    import socket
except ModuleNotFoundError as e:
    print(e)
)";

TEST(Sandbox, ReadsAndWritesOutsideTheFolderAreRefused) {
  Scratch scratch;
  fs::path folder = scratch.path() / "program";
  fs::create_directories(folder / "inner");
  writeText(scratch.path() / "outside.txt", "secret");
  writeText(folder / "inside.txt", "mine");
  writeText(folder / "escape.py", kEscapes);
  std::string outside = (scratch.path() / "outside.txt").string();
  std::string refusedRead =
      "PermissionError 13 Rewind sandbox: reading files outside the program's folder is not "
      "allowed\n";
  std::string refusedWrite =
      "PermissionError 13 Rewind sandbox: writing files outside the program's folder is not "
      "allowed\n";
  auto sandboxed = runRewind({"run", "--sandbox", "escape.py", outside}, folder);
  EXPECT_EQ(sandboxed.status, 0) << sandboxed.err;
  EXPECT_EQ(sandboxed.out, "../outside.txt " + refusedRead + outside + " " + refusedRead +
                               "../made.txt " + refusedWrite + "inner/../../made.txt " +
                               refusedWrite + "inside.txt ok mine\nnew.txt ok 1\n" +
                               "No module named 'socket'\n");
  EXPECT_FALSE(fs::exists(scratch.path() / "made.txt"));

  auto open = runRewind({"run", "escape.py", outside}, folder);
  EXPECT_EQ(open.status, 0) << open.err;
  EXPECT_EQ(open.out, "../outside.txt ok secret\n" + outside +
                          " ok secret\n../made.txt ok 1\ninner/../../made.txt ok 1\n"
                          "inside.txt ok mine\nnew.txt ok 1\nNo module named 'socket'\n");
  EXPECT_EQ(readWhole(scratch.path() / "made.txt"), "xx");
}

}  // namespace
