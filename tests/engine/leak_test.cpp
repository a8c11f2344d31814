// Running a statement more often must not leave more objects alive: each case runs its body
// 200 and 400 times and compares the number of live objects afterwards. A reference leaked
// by any instruction or built-in shows up as a difference.
#include <gtest/gtest.h>

#include "capturing_host.h"
#include "runtime/interp.h"
#include "runtime/program.h"

namespace rw {
namespace {

int64_t liveObjectsAfter(const std::string& setup, const std::string& body, int times) {
  testing::CapturingHost host;
  Interp I(host);
  std::string source = setup + "\nfor _i in range(" + std::to_string(times) + "):\n";
  for (size_t start = 0; start < body.size();) {
    size_t end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    source += "    " + body.substr(start, end - start) + "\n";
    start = end + 1;
  }
  EXPECT_EQ(runMainProgram(I, "leak.py", source, {"leak.py"}), 0) << host.err();
  I.collectCycles();
  int64_t count = 0;
  I.forEachObject([&](Object*) { ++count; });
  return count;
}

struct LeakCase {
  const char* name;
  const char* setup;
  const char* body;
};

const LeakCase kCases[] = {
    {"arithmetic", "x = 10**30", "y = x * 3 + 1.5 - (x // 7) % 5\nz = -y"},
    {"slices", "a = [1, 2, 3, 4, 5]\ns = 'hello world'", "b = a[1:4]\nb[:2] = a[3::-1]\nc = s[2:5] + s[::-1]"},
    {"containers", "", "d = {'k': [1, (2, 3)], 'v': {4, 5}}\nd['x'] = d.get('k')\nl = list(d.items())"},
    {"calls", "def f(a, b=2, *rest, key=None, **kw):\n    return a + b", "f(1)\nf(1, 2, 3, key=4, other=5)\nf(*[1, 2], **{'key': 1})"},
    {"closures", "def outer(n):\n    def inner():\n        return n\n    return inner", "g = outer(5)\ng()"},
    {"comprehensions", "", "[x * x for x in range(5) if x]\n{k: k for k in 'abc'}\nsum(i for i in range(4))"},
    {"generators", "def gen(n):\n    yield from range(n)\n    return n", "list(gen(3))\nit = gen(2)\nnext(it)"},
    {"exceptions", "", "try:\n    {}['missing']\nexcept KeyError as e:\n    msg = str(e)\nfinally:\n    pass"},
    {"classes", "class P:\n    def __init__(self, v):\n        self.v = v\n    @property\n    def twice(self):\n        return self.v * 2\n    def __add__(self, o):\n        return P(self.v + o.v)",
     "p = P(1) + P(2)\nq = p.twice\nr = repr(p)"},
    {"strings", "", "t = 'a,b,c'.split(',')\nu = '-'.join(t).upper()\nv = f'{u!r:>10} {3.25:.1f} %d' % 5"},
    {"cycles", "class Node:\n    pass", "a = Node()\nb = Node()\na.other = b\nb.other = a"},
};

class LeakTest : public ::testing::TestWithParam<LeakCase> {};

TEST_P(LeakTest, MoreIterationsLeaveNoMoreObjects) {
  const LeakCase& c = GetParam();
  int64_t fewer = liveObjectsAfter(c.setup, c.body, 200);
  int64_t more = liveObjectsAfter(c.setup, c.body, 400);
  EXPECT_EQ(more, fewer) << c.name;
}

INSTANTIATE_TEST_SUITE_P(Constructs, LeakTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<LeakCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace rw
