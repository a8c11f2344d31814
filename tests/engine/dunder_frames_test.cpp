// The frames the evaluator pushes for __init__, dunders and property functions: recursion
// through them is limited only by sys.getrecursionlimit() (far deeper than CPython 3.11 itself
// survives, so these expectations are written by hand), the default limit gives CPython's
// RecursionError traceback, native re-entry keeps its own guard, and a snapshot taken while
// any kind of such frame is running resumes to the same output.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "capturing_host.h"
#include "runtime/frame.h"
#include "runtime/interp.h"
#include "runtime/program.h"
#include "runtime/snapshot.h"

namespace {

struct Outcome {
  int status;
  std::string out;
  std::string err;
};

Outcome run(const std::string& source) {
  rw::testing::CapturingHost host;
  int status;
  {
    rw::Interp interp(host);
    status = rw::runMainProgram(interp, "program.py", source, {"program.py"});
  }
  return {status, host.out(), host.err()};
}

const char* const kDeepProgram = R"(import sys
sys.setrecursionlimit(10**6)
D = 100000

class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n else None

class P:
    def __init__(self, n):
        self.n = n
    @property
    def depth(self):
        return 0 if self.n == 0 else P(self.n - 1).depth + 1

class A:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return NotImplemented if self.n == 0 else A(self.n - 1) + o
    def __getitem__(self, k):
        return k if self.n == 0 else A(self.n - 1)[k] + 1
    def __eq__(self, o):
        return True if self.n == 0 else not (A(self.n - 1) != o)
    def __bool__(self):
        return True if self.n == 0 else not not A(self.n - 1)
    def __call__(self):
        return 0 if self.n == 0 else A(self.n - 1)() + 1
    def __contains__(self, x):
        return True if self.n == 0 else x in A(self.n - 1)
    def __iter__(self):
        if self.n:
            for _ in A(self.n - 1):
                pass
        return iter([self.n])
    def __enter__(self):
        if self.n:
            with A(self.n - 1):
                pass
        return self
    def __exit__(self, *exc):
        return None

class R:
    def __radd__(self, o):
        return "reflected"

def chain(node):
    n = 0
    while node is not None:
        n, node = n + 1, node.child
    return n

def star(n, *args, **kwargs):
    return n if n == 0 else star(n - 1, *args, **kwargs) + 1

print(chain(Node(D)), P(D).depth, A(D) + R(), A(D)[0], A(D) == 1, not A(D), A(D)(),
      1 in A(D), list(A(D)), A(D).__enter__().n, star(D, 1, k=2))
)";

TEST(DunderFrames, RecursionIsLimitedOnlyByTheRecursionLimit) {
  Outcome r = run(kDeepProgram);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "100001 100000 reflected 100000 True False 100000 True [100000] 100000 100000\n");
}

TEST(DunderFrames, DefaultLimitGivesCPythonsRecursionTraceback) {
  Outcome r =
      run("class Node:\n"
          "    def __init__(self, n):\n"
          "        self.child = Node(n - 1) if n else None\n"
          "Node(10**6)\n");
  EXPECT_EQ(r.status, 1);
  std::string entry =
      "  File \"program.py\", line 3, in __init__\n"
      "    self.child = Node(n - 1) if n else None\n"
      "                 ^^^^^^^^^^^\n";
  // The module frame plus 999 frames of __init__ reach the default limit of 1000.
  EXPECT_EQ(r.err,
            "Traceback (most recent call last):\n"
            "  File \"program.py\", line 4, in <module>\n"
            "    Node(10**6)\n" +
                entry + entry + entry +
                "  [Previous line repeated 996 more times]\n"
                "RecursionError: maximum recursion depth exceeded\n");
}

TEST(DunderFrames, NativeReentryKeepsItsGuard) {
  // repr of nested lists, a sort key and a __hash__ recurse through native code.
  Outcome r =
      run("import sys\n"
          "sys.setrecursionlimit(10**6)\n"
          "nested = []\n"
          "for i in range(100000):\n"
          "    nested = [nested]\n"
          "def key(n):\n"
          "    return sorted([n - 1], key=key) if n else 0\n"
          "class H:\n"
          "    def __init__(self, n):\n"
          "        self.n = n\n"
          "    def __hash__(self):\n"
          "        return hash(H(self.n - 1)) if self.n else 0\n"
          "for attempt in (lambda: repr(nested), lambda: key(100000), lambda: hash(H(100000))):\n"
          "    try:\n"
          "        attempt()\n"
          "    except RecursionError as e:\n"
          "        print(str(e).startswith('maximum recursion depth exceeded'))\n");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "True\nTrue\nTrue\n");
}

const char* const kEveryAction = R"(class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents) if isinstance(other, Money) else NotImplemented
    def __radd__(self, other):
        return Money(self.cents + other * 100)
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __bool__(self):
        return self.cents != 0
    @property
    def euros(self):
        return self.cents // 100
    @euros.setter
    def euros(self, value):
        self.cents = value * 100

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, value):
        self.items[i] = value
    def __len__(self):
        return len(self.items)
    def __contains__(self, item):
        return item in self.items
    def __iter__(self):
        yield from self.items

class Steps:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

m = Money(250)
m.euros = 3
print(m.euros, (m + Money(5)).cents, (2 + m).cents, m != Money(1), "yes" if m else "no")
bag = Bag(1, 2)
bag[0] = 7
print(bag[0], 2 in bag, [x for x in bag], "full" if bag else "empty", [s for s in Steps(3)])
)";

// Takes a snapshot the first time a frame with each return action is on the chain.
class SnapshotPerAction : public rw::Observer {
 public:
  explicit SnapshotPerAction(rw::testing::CapturingHost& host) : host_(host) {}
  void onInstruction(rw::Interp& I, rw::Frame*, uint32_t, int64_t) override {
    if (!rw::canSnapshot(I)) return;
    for (rw::Frame* f = I.frame; f; f = f->back) {
      if (taken.count(f->returnAction)) continue;
      taken[f->returnAction] = {rw::writeSnapshot(I), host_.out()};
    }
  }
  struct Taken {
    std::vector<uint8_t> snapshot;
    std::string outputSoFar;
  };
  std::map<rw::ReturnAction, Taken> taken;

 private:
  rw::testing::CapturingHost& host_;
};

TEST(DunderFrames, SnapshotsInsideEveryKindOfFrameResume) {
  rw::testing::CapturingHost host;
  SnapshotPerAction observer(host);
  {
    rw::Interp interp(host);
    interp.observer = &observer;
    ASSERT_EQ(rw::runMainProgram(interp, "program.py", kEveryAction, {"program.py"}), 0)
        << host.err();
    interp.observer = nullptr;
  }
  const std::string& output = host.out();
  ASSERT_EQ(output, "3 305 500 True yes\n7 True [7, 2] full [2, 1, 0]\n");
  using rw::ReturnAction;
  for (ReturnAction action :
       {ReturnAction::Push, ReturnAction::Discard, ReturnAction::InitResult,
        ReturnAction::IterResult, ReturnAction::NextItem, ReturnAction::Contains,
        ReturnAction::Truth, ReturnAction::TruthFromLength, ReturnAction::Operator,
        ReturnAction::OperatorInverted}) {
    auto it = observer.taken.find(action);
    ASSERT_NE(it, observer.taken.end()) << "no frame with action " << static_cast<int>(action);
    rw::testing::CapturingHost resumedHost;
    {
      rw::Interp resumed(resumedHost);
      rw::restoreSnapshot(resumed, it->second.snapshot);
      EXPECT_EQ(rw::resumeMainProgram(resumed), 0) << resumedHost.err();
    }
    EXPECT_EQ(it->second.outputSoFar + resumedHost.out(), output)
        << "resumed inside a frame with action " << static_cast<int>(action);
  }
}

}  // namespace
