// Every mutation of a bytearray reaches the observer (the recorder relies on it to know which
// objects changed at a step); reading one, or a mutation that fails, does not.
#include <gtest/gtest.h>

#include <string>

#include "capturing_host.h"
#include "runtime/interp.h"
#include "runtime/program.h"

namespace {

// Counts writes reported for objects of type `bytearray`.
class ByteArrayWriteCounter : public rw::Observer {
 public:
  void onInstruction(rw::Interp&, rw::Frame*, uint32_t, int64_t) override {}
  void onWrite(rw::Object* target) override {
    if (byteArrayType && target->type == byteArrayType) ++writes;
  }
  rw::Type* byteArrayType = nullptr;
  int writes = 0;
};

const char* const kSetup = "a = bytearray(b'hello world')\nb = b'xyz'\n";

int byteArrayWritesIn(const std::string& source) {
  rw::testing::CapturingHost host;
  ByteArrayWriteCounter counter;
  rw::Interp interp(host);
  counter.byteArrayType = interp.types.bytearray;
  interp.observer = &counter;
  int status = rw::runMainProgram(interp, "program.py", source, {"program.py"});
  interp.observer = nullptr;
  EXPECT_EQ(status, 0) << source << "\n" << host.err();
  return counter.writes;
}

// Writes reported while `statement` runs after the setup.
int byteArrayWritesOf(const std::string& statement) {
  return byteArrayWritesIn(kSetup + statement + "\n") - byteArrayWritesIn(kSetup);
}

TEST(ByteArrayObserver, EveryMutationIsReported) {
  for (const char* statement :
       {"a.append(33)",      "a.extend(b)", "a.extend([1, 2])", "a.insert(0, 65)",
        "a.pop()",           "a.pop(0)",    "a.remove(104)",    "a.clear()",
        "a.reverse()",       "a[0] = 72",   "a[-1] = 0",        "a[1:3] = b'EL'",
        "a[::2] = bytes(6)", "a[:0] = a",   "del a[0]",         "del a[::3]",
        "del a[2:4]",        "a += b",      "a *= 2",           "a.__init__(b'new')"}) {
    EXPECT_GT(byteArrayWritesOf(statement), 0) << statement;
  }
}

TEST(ByteArrayObserver, ReadingAndFailedMutationsReportNothing) {
  for (const char* statement : {"len(a)", "104 in a", "a == b", "list(a)", "repr(a)", "a.upper()",
                                "a.split()", "a.find(b'o')", "a[1:4]", "a.copy()", "a + b", "a * 2",
                                "bytes(a)", "try:\n    a.append(256)\nexcept ValueError:\n    pass",
                                "try:\n    a.extend([1, 'x'])\nexcept TypeError:\n    pass",
                                "try:\n    a[99] = 1\nexcept IndexError:\n    pass",
                                "try:\n    a[::2] = b'x'\nexcept ValueError:\n    pass"}) {
    EXPECT_EQ(byteArrayWritesOf(statement), 0) << statement;
  }
}

}  // namespace
