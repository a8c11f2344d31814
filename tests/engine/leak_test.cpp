// Running a statement more often must not leave more objects alive: each case runs its body
// 200 and 400 times and compares the number of live objects afterwards. A reference leaked
// by any instruction, built-in or native module shows up as a difference.
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
    {"slots", "class P:\n    __slots__ = ('x', 'y')", "p = P()\np.x = [1]\np.y = p.x\ndel p.x"},
    {"str_tuple_subclass_dicts", "class S(str):\n    pass\nclass T(tuple):\n    pass\nclass W(str):\n    __slots__ = ('w',)",
     "s = S('h\u00e9llo')\ns.x = [s]\nt = T((1, s))\nt.me = t\ns.t = t\ndel s.x\nw = W('w')\nw.w = [w, t]"},
    {"except_star", "",
     "try:\n    raise ExceptionGroup('g', [ValueError(1), TypeError(2)])\nexcept* ValueError as e:\n    v = e\n"
     "except* TypeError:\n    pass"},
    {"exception_groups", "eg = ExceptionGroup('g', [ValueError(1), ExceptionGroup('h', [KeyError(2)])])",
     "m, r = eg.split(KeyError)\ns = eg.subgroup(lambda e: True)\nt = str(eg)"},
    {"finalizers", "class R:\n    def __del__(self):\n        self.closed = True", "r = R()\nr = [R(), R()]\nr = None"},
    {"metaclasses", "class M(type):\n    @classmethod\n    def __prepare__(m, n, b):\n        return {'k': 1}",
     "class C(metaclass=M):\n    x = k\nc = C()\nok = isinstance(c, C)"},
};

// The native modules, errors included (they unwind through native code).
const LeakCase kModuleCases[] = {
    {"math", "import math",
     "a = math.sqrt(2) + math.log(10**400, 10) + math.fsum([0.1] * 5) + math.hypot(3, 4, 5)\n"
     "b = math.factorial(30) + math.comb(40, 20) + math.gcd(2**70, 6**30) + math.floor(2.5e20)\n"
     "c = math.frexp(3.5), math.modf(-2.5), math.prod([1.5, 2, 3]), math.dist((1, 2), [3, 4])\n"
     "try:\n    math.log(-1)\nexcept ValueError:\n    pass\n"
     "try:\n    math.fsum([1, 'x'])\nexcept TypeError:\n    pass"},
    {"random", "import random\nr = random.Random(5)",
     "r.seed('text')\nx = r.random() + r.randrange(10**30) + r.gauss() + r.gammavariate(0.5, 2)\n"
     "y = r.sample(range(100), 10), r.choices('abc', [1, 2, 3], k=4), r.getstate()\n"
     "r.shuffle([1, 2, 3])\nr.setstate(y[2])\nz = r.randbytes(5), random.random()\n"
     "try:\n    r.choice([])\nexcept IndexError:\n    pass\n"
     "try:\n    r.setstate((3, (1,), None))\nexcept ValueError:\n    pass"},
    {"functools",
     "import functools\n@functools.lru_cache(maxsize=3)\ndef sq(x):\n    return x * x\n"
     "@functools.total_ordering\nclass V:\n    def __init__(self, v):\n        self.v = v\n"
     "    def __eq__(self, o):\n        return self.v == o.v\n    def __lt__(self, o):\n        "
     "return self.v < o.v",
     "p = functools.partial(functools.partial(max, 1), 2, key=abs)\nq = p(3), repr(p)\n"
     "s = [sq(i % 5) for i in range(6)], sq.cache_info()\n"
     "k = sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: a - b))\n"
     "w = functools.wraps(sq)(lambda: 0)\nt = V(1) >= V(2), functools.reduce(max, [1, 3, 2])\n"
     "try:\n    sq([1])\nexcept TypeError:\n    pass"},
    {"itertools", "import itertools as it",
     "a = list(it.islice(it.count(5, 2), 3)), list(it.accumulate([1, 2, 3], initial=0))\n"
     "b = [(k, list(g)) for k, g in it.groupby('aabbc')], list(it.chain.from_iterable(['ab', "
     "'c']))\n"
     "x, y = it.tee(range(70))\nc = list(x), list(it.zip_longest('ab', 'xyz'))\n"
     "d = list(it.product('ab', repeat=2)), list(it.permutations(range(3))), "
     "list(it.combinations('abcd', 2))\n"
     "e = list(it.combinations_with_replacement('ab', 2)), list(it.pairwise('abc')), "
     "list(it.starmap(pow, [(2, 3)]))\n"
     "f = list(it.compress('abc', [1, 0, 1])), list(it.dropwhile(bool, [1, 0, 2])), "
     "list(it.filterfalse(None, [0, 1]))\n"
     "g = repr(it.count(1.5)), repr(it.repeat('x', 2)), next(it.cycle('ab'))\n"
     "try:\n    list(it.starmap(pow, [1]))\nexcept TypeError:\n    pass"},
    {"operator_heapq_bisect", "import operator, heapq, bisect",
     "g = operator.itemgetter(1, 0)('ab'), operator.attrgetter('real', 'imag')(3), "
     "operator.methodcaller('split', ',')('a,b')\n"
     "h = [5, 3, 8, 1]\nheapq.heapify(h)\nheapq.heappush(h, 4)\nv = heapq.heappop(h), "
     "heapq.heappushpop(h, 0)\n"
     "m = list(heapq.merge([1, 3], [2, 4], key=abs)), heapq.nlargest(2, [3, 1, 2], key=abs), "
     "heapq.nsmallest(2, iter([3, 1, 2]))\n"
     "s = [1, 3]\nbisect.insort(s, 2)\ni = bisect.bisect_left(s, 2, key=abs)\n"
     "try:\n    heapq.heappush(h, 'x')\nexcept TypeError:\n    pass\n"
     "try:\n    operator.attrgetter('missing')(1)\nexcept AttributeError:\n    pass"},
    {"collections", "from collections import deque, Counter\nimport _collections",
     "d = deque(range(10), maxlen=30)\nd.append([1])\nd.appendleft('x')\nd.rotate(3)\n"
     "d.extend(d)\nd.extendleft('ab')\nd.insert(2, (1,))\nd.remove('a')\nd.reverse()\n"
     "a = d.pop(), d.popleft(), d[1], d.count(1), d.index(d[2]), repr(d), list(reversed(d))\n"
     "e = d + deque([1]), d * 2, d.copy(), d.__reduce__(), d == d.copy(), d != deque([9])\n"
     "del d[0]\nd[0] = {}\nd.clear()\n"
     "g = _collections._tuplegetter(0, 'doc')\nc = Counter('abcab'), repr(g), g.__reduce__()\n"
     "try:\n    d.pop()\nexcept IndexError:\n    pass\n"
     "try:\n    deque([1], 1).insert(0, 0)\nexcept IndexError:\n    pass\n"
     "q = deque([1, 2])\ntry:\n    for x in q:\n        q.append(x)\nexcept RuntimeError:\n"
     "    pass"},
    {"unions", "class A:\n    pass",
     "u = int | None\nv = u | str | A\nw = list[int] | v\nr = repr(w), v == (A | str | int | None), "
     "hash(v), v.__args__\nb = isinstance(1, v), issubclass(bool, u)\n"
     "try:\n    isinstance('a', int | list[int])\nexcept TypeError:\n    pass\n"
     "try:\n    int | 3\nexcept TypeError:\n    pass"},
    {"sys", "import sys",
     "e = sys.exc_info(), sys.getsizeof([1, 2]), sys.intern('abc'), sys.version_info[:2], "
     "repr(sys.float_info)\n"
     "try:\n    1 / 0\nexcept ZeroDivisionError:\n    info = sys.exc_info()"},
};

// complex, bytes, bytearray and binary files, errors included.
const LeakCase kTypeCases[] = {
    {"complex", "class C:\n    def __complex__(self):\n        return 1j",
     "z = (1 + 2j) * 3 - 0.5 / (2 - 1j) + 2 ** (1j + 1) + (-8) ** 0.5\n"
     "t = repr(z), format(z, '>20.3f'), hash(z), abs(z), z.conjugate(), z.real, complex('1+2j'), "
     "complex(C())\n"
     "for bad in ['1j / 0', 'complex(\"x\")', '1j < 2j', 'pow(1j, 2, 3)', 'format(1j, \"d\")', "
     "'0j ** -1']:\n"
     "    try:\n        eval(bad)\n    except (ZeroDivisionError, ValueError, TypeError):\n"
     "        pass"},
    {"bytes", "",
     "b = b'Hello, World' + bytes(3) + bytes([1, 2]) + 'caf\\u00e9'.encode()\n"
     "t = b.split(b','), b.rsplit(None, 1), b.splitlines(True), b.partition(b' '), b.lower(), "
     "b.title()\n"
     "u = b.find(b'o'), b.count(108), b.replace(b'l', b'L'), b.strip(b'H\\x02'), "
     "b'-'.join([b, b]), b.hex(':', 2)\n"
     "v = bytes.fromhex('de ad'), b.center(40, b'*'), b.zfill(30), b[::-1], hash(b), "
     "b.decode('latin-1')\n"
     "for bad in ['b.find(\"x\")', 'b.split(b\"\")', 'bytes(-1)', 'bytes.fromhex(\"zz\")', "
     "'b\"-\".join([1])', 'b.decode(\"ascii\")', 'b[99]']:\n"
     "    try:\n        eval(bad)\n    except (TypeError, ValueError, IndexError):\n        pass"},
    {"bytearray", "",
     "a = bytearray(b'abc')\na.append(100)\na.extend([101, 102])\na.insert(0, 95)\na += b'!'\n"
     "a[1:3] = b'XYZ'\na[::2] = bytes(len(a[::2]))\ndel a[0]\na.remove(0)\np = a.pop(), a.pop(0)\n"
     "a *= 2\na.reverse()\nc = a.copy(), repr(a), a.upper(), list(iter(a)), a == b'x', "
     "a.split(b'Y')\n"
     "for bad in ['a.append(300)', 'a.extend(1)', 'hash(a)', 'a.remove(255)', "
     "'a.__setitem__(slice(0, 4, 2), b\"x\")', 'bytearray(\"x\")', 'bytearray().pop()']:\n"
     "    try:\n        eval(bad)\n    except (TypeError, ValueError, IndexError):\n        pass\n"
     "a.clear()"},
    {"binary_files", "",
     "with open('leak.bin', 'wb') as f:\n    f.write(b'\\x00\\x01 line\\n')\n"
     "    f.write(bytearray(b'more\\n'))\n"
     "with open('leak.bin', 'rb') as f:\n    d = f.read(2), f.readline(), f.readlines()\n"
     "try:\n    open('leak.bin', 'wb').write('text')\nexcept TypeError:\n    pass"},
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
INSTANTIATE_TEST_SUITE_P(Modules, LeakTest, ::testing::ValuesIn(kModuleCases),
                         [](const ::testing::TestParamInfo<LeakCase>& info) { return std::string(info.param.name); });
INSTANTIATE_TEST_SUITE_P(Types, LeakTest, ::testing::ValuesIn(kTypeCases),
                         [](const ::testing::TestParamInfo<LeakCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace rw
