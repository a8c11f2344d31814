// Every mutation of a set reaches the observer (the recorder relies on it to know which
// objects changed at a step); reading a set does not.
#include <gtest/gtest.h>

#include <string>

#include "capturing_host.h"
#include "runtime/interp.h"
#include "runtime/program.h"

namespace {

// Counts writes reported for objects of type `set` (the programs below create one set).
class SetWriteCounter : public rw::Observer {
 public:
  void onInstruction(rw::Interp&, rw::Frame*, uint32_t, int64_t) override {}
  void onWrite(rw::Object* target) override {
    if (setType && target->type == setType) ++writes;
  }
  rw::Type* setType = nullptr;
  int writes = 0;
};

const char* const kSetup = "s = {1, 2, 3}\nt = frozenset([2, 9])\n";

int setWritesIn(const std::string& source) {
  rw::testing::CapturingHost host;
  SetWriteCounter counter;
  rw::Interp interp(host);
  counter.setType = interp.types.set;
  interp.observer = &counter;
  int status = rw::runMainProgram(interp, "program.py", source, {"program.py"});
  interp.observer = nullptr;
  EXPECT_EQ(status, 0) << source << "\n" << host.err();
  return counter.writes;
}

// Writes reported while `statement` runs after the setup.
int setWritesOf(const std::string& statement) {
  return setWritesIn(kSetup + statement + "\n") - setWritesIn(kSetup);
}

TEST(SetObserver, EveryMutationIsReported) {
  for (const char* statement :
       {"s.add(4)", "s.discard(1)", "s.remove(2)", "s.pop()", "s.clear()", "s.update([7])",
        "s |= t", "s &= t", "s -= t", "s ^= t", "s.intersection_update([1])",
        "s.difference_update([1])", "s.symmetric_difference_update([1, 5])"}) {
    EXPECT_GT(setWritesOf(statement), 0) << statement;
  }
}

TEST(SetObserver, ReadingReportsNothing) {
  for (const char* statement :
       {"len(s)", "1 in s", "s <= t", "s == t", "list(s)", "repr(s)", "s.isdisjoint(t)",
        "s.issuperset(t)", "s.discard(99)", "s.add(1)", "sorted(s)"}) {
    EXPECT_EQ(setWritesOf(statement), 0) << statement;
  }
}

}  // namespace
