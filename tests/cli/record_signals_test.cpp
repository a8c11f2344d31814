// `rewind record` under signals: SIGKILL leaves a readable trace holding all but the last
// second, SIGTERM and a second Ctrl-C finish a valid single-file trace, and the first Ctrl-C
// raises KeyboardInterrupt in the program, which the replay repeats.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "cli_runner.h"

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using rw::testing::CliResult;
using rw::testing::runRewind;

namespace {

// A `rewind record` running in the background, with its output in files.
class Recording {
 public:
  Recording(const fs::path& folder, const std::vector<std::string>& args) : folder_(folder) {
    pid_ = fork();
    if (pid_ == 0) {
      FILE* out = std::freopen((folder / "record.out").c_str(), "w", stdout);
      FILE* err = std::freopen((folder / "record.err").c_str(), "w", stderr);
      FILE* in = std::freopen("/dev/null", "r", stdin);
      if (!out || !err || !in || chdir(folder.c_str()) != 0) _exit(127);
      std::vector<std::string> copies = args;
      std::string program = REWIND_CLI_PATH;
      std::vector<char*> argv{program.data()};
      for (std::string& a : copies)
        argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(program.c_str(), argv.data());
      _exit(127);
    }
  }
  ~Recording() {
    if (pid_ > 0 && !waited_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }
  void signal(int number) { kill(pid_, number); }
  // The exit status, or 128 + the signal that ended the process.
  int wait() {
    int status = 0;
    waitpid(pid_, &status, 0);
    waited_ = true;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  std::string out() const { return rw::testing::readWhole(folder_ / "record.out"); }
  std::string err() const { return rw::testing::readWhole(folder_ / "record.err"); }

 private:
  fs::path folder_;
  pid_t pid_ = -1;
  bool waited_ = false;
};

class RecordSignalsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() /
              ("rewind_signals_" + std::to_string(getpid()) + "_" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }

  void write(const std::string& name, const std::string& text) {
    std::ofstream(folder_ / name) << text;
  }
  CliResult rewind(const std::vector<std::string>& args) { return runRewind(args, folder_); }
  bool sideFiles(const std::string& trace) {
    return fs::exists(folder_ / (trace + "-wal")) || fs::exists(folder_ / (trace + "-shm"));
  }

  fs::path folder_;
};

// The program prints how long it has run, in tenths of a second, ten times a second; the
// output events in the trace then say how much of the run it holds.
const char* kTimedLoop =
    "import time\n"
    "start = time.monotonic()\n"
    "tenths = 0\n"
    "while True:\n"
    "    elapsed = int((time.monotonic() - start) * 10)\n"
    "    if elapsed > tenths:\n"
    "        tenths = elapsed\n"
    "        print(tenths)\n";

TEST_F(RecordSignalsTest, SigkillAfterThreeSecondsKeepsAllButTheLastSecond) {
  write("timed.py", kTimedLoop);
  Recording recording(folder_, {"record", "-o", "timed.rwd", "timed.py"});
  std::this_thread::sleep_for(3s);
  recording.signal(SIGKILL);
  EXPECT_EQ(recording.wait(), 128 + SIGKILL);

  CliResult info = rewind({"info", "--json", "timed.rwd"});
  ASSERT_EQ(info.status, 0) << info.err;
  EXPECT_NE(info.out.find("\"status\": \"cut off\", \"finished\": false"), std::string::npos)
      << info.out;
  CliResult text = rewind({"info", "timed.rwd"});
  EXPECT_NE(
      text.out.find(
          "status:    cut off: the recording was killed or crashed; the trace holds steps 0 to "),
      std::string::npos)
      << text.out;

  // At least two of the three seconds were committed.
  CliResult held =
      rewind({"query", "timed.rwd", "SELECT max(CAST(text AS INTEGER)) AS tenths FROM output"});
  ASSERT_EQ(held.status, 0) << held.err;
  size_t rule = held.out.find('\n', held.out.find('\n') + 1);
  int tenths = std::stoi(held.out.substr(rule + 1));
  EXPECT_GE(tenths, 20) << held.out;
  EXPECT_LE(tenths, 30) << held.out;

  // The prefix replays: the last step it holds can be shown.
  CliResult last = rewind({"show", "timed.rwd", "--step", "end"});
  EXPECT_EQ(last.status, 0) << last.err;
}

TEST_F(RecordSignalsTest, SigtermFinishesASingleFileTrace) {
  write("loop.py", "n = 0\nwhile True:\n    n += 1\n");
  Recording recording(folder_, {"record", "-o", "loop.rwd", "loop.py"});
  std::this_thread::sleep_for(500ms);
  recording.signal(SIGTERM);
  EXPECT_EQ(recording.wait(), 143);
  EXPECT_NE(recording.err().find("stopped by SIGTERM"), std::string::npos) << recording.err();
  EXPECT_FALSE(sideFiles("loop.rwd"));
  CliResult info = rewind({"info", "--json", "loop.rwd"});
  EXPECT_NE(info.out.find("\"status\": \"terminated\", \"finished\": true"), std::string::npos)
      << info.out;
  CliResult last = rewind({"show", "loop.rwd", "--step", "end"});
  EXPECT_EQ(last.status, 0) << last.err;
}

TEST_F(RecordSignalsTest, FirstCtrlCRaisesKeyboardInterruptAndTheSecondStops) {
  write("interrupted.py",
        "caught = 0\n"
        "while True:\n"
        "    try:\n"
        "        while True:\n"
        "            pass\n"
        "    except KeyboardInterrupt:\n"
        "        caught += 1\n"
        "        print('caught', caught)\n");
  Recording recording(folder_, {"record", "-o", "interrupted.rwd", "interrupted.py"});
  std::this_thread::sleep_for(500ms);
  recording.signal(SIGINT);
  std::this_thread::sleep_for(300ms);
  recording.signal(SIGINT);
  EXPECT_EQ(recording.wait(), 130);
  EXPECT_EQ(recording.out(), "caught 1\n");
  EXPECT_NE(recording.err().find("stopped by a second Ctrl-C"), std::string::npos)
      << recording.err();
  EXPECT_FALSE(sideFiles("interrupted.rwd"));

  CliResult raised = rewind({"query", "interrupted.rwd", "SELECT type, line FROM exceptions"});
  ASSERT_EQ(raised.status, 0) << raised.err;
  // Raised inside the inner loop: on its `while` line or its body, wherever the signal came.
  EXPECT_TRUE(raised.out.find("KeyboardInterrupt  4\n") != std::string::npos ||
              raised.out.find("KeyboardInterrupt  5\n") != std::string::npos)
      << raised.out;
  EXPECT_NE(raised.out.find("(1 row)"), std::string::npos) << raised.out;
  // The replay raises it at the recorded step, so the state after it shows the handler ran.
  CliResult last = rewind({"show", "--json", "interrupted.rwd", "--step", "end"});
  ASSERT_EQ(last.status, 0) << last.err;
  EXPECT_NE(last.out.find("\"caught\": \"1\""), std::string::npos) << last.out;
}

TEST_F(RecordSignalsTest, StdinFileFeedsInput) {
  write("greet.py", "name = input('name? ')\nage = input()\nprint('hello', name, age)\n");
  write("answers.txt", "Ada\n36\n");
  CliResult r = rewind({"record", "--stdin", "answers.txt", "-o", "greet.rwd", "greet.py"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "name? hello Ada 36\n");
  EXPECT_FALSE(sideFiles("greet.rwd"));
  CliResult last = rewind({"show", "--json", "greet.rwd", "--step", "end"});
  EXPECT_NE(last.out.find("\"age\": \"'36'\""), std::string::npos) << last.out;

  CliResult missing = rewind({"record", "--stdin", "nothing.txt", "-o", "greet2.rwd", "greet.py"});
  EXPECT_EQ(missing.status, 2);
  EXPECT_EQ(missing.err,
            "rewind record: can't open --stdin file 'nothing.txt': No such file or directory\n");
  EXPECT_FALSE(fs::exists(folder_ / "greet2.rwd"));
}

}  // namespace
