// complex, bytes and bytearray leak no references: each case runs its body 200 and 400 times
// (errors included, which unwind through their native code) and compares the live objects
// afterwards.
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
  EXPECT_EQ(runMainProgram(I, "bytes_leak.py", source, {"bytes_leak.py"}), 0) << host.err();
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

class BytesComplexLeakTest : public ::testing::TestWithParam<LeakCase> {};

TEST_P(BytesComplexLeakTest, MoreIterationsLeaveNoMoreObjects) {
  const LeakCase& c = GetParam();
  int64_t fewer = liveObjectsAfter(c.setup, c.body, 200);
  int64_t more = liveObjectsAfter(c.setup, c.body, 400);
  EXPECT_EQ(more, fewer) << c.name;
}

INSTANTIATE_TEST_SUITE_P(Types, BytesComplexLeakTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<LeakCase>& info) {
                           return std::string(info.param.name);
                         });

}  // namespace
}  // namespace rw
