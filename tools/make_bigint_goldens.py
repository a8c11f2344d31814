#!/usr/bin/env python3
"""Generates tests/golden/bigint/*.txt: BigInt cases with CPython 3.11's answers.

Each line is tab-separated: an operation name, its arguments, then the expected result
fields. Ints are signed lowercase hex ("-1f"), floats are the 16 hex digits of their IEEE
bits, byte strings and parser input texts are hex ("-" when empty), and an exception is
"!ExceptionName:message" (an invalid int() literal is just "!invalid", the runtime words
that message). An int argument "@seed:words" stands for
the words 64-bit splitmix64 outputs from that seed, least significant first; "-@" negates
it. Results longer than 96 hex digits are "#" + the FNV-1a 64 digest of their
hex text + ":" + its length. huge.txt holds operations on ~100,000-digit operands drawn from splitmix64,
whose results are checked through the FNV-1a hash of their text.

usage: python3 tools/make_bigint_goldens.py   (rewrites the files in place)
"""

import fractions
import math
import os
import random
import struct
import sys

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "golden",
                       "bigint")
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def h(x):
    return ("-" if x < 0 else "") + format(abs(x), "x")


def r(x):
    """A result: its hex text, or for long ones "#" + the FNV-1a digest and length of it."""
    text = h(x)
    return text if len(text) <= 96 else "#%s:%d" % (fnv1a(text), len(text))


def fbits(x):
    return struct.pack(">d", x).hex()


def bhex(b):
    return b.hex() if b else "-"


def thex(text):
    return text.encode("ascii").hex() if text else "-"


def error(e):
    return "!%s:%s" % (type(e).__name__, e)


def to_base(x, base):
    if x == 0:
        return "0"
    digits = []
    n = abs(x)
    while n:
        n, d = divmod(n, base)
        digits.append(DIGITS[d])
    return ("-" if x < 0 else "") + "".join(reversed(digits))


class Cases:
    def __init__(self, name, header):
        self.name = name
        self.lines = ["# " + header]

    def add(self, op, args, compute):
        try:
            result = compute()
        except (ZeroDivisionError, OverflowError, ValueError, MemoryError) as e:
            result = [error(e)]
        self.lines.append("\t".join([op] + [str(a) for a in args] + [str(r) for r in result]))

    def write(self):
        with open(os.path.join(OUT_DIR, self.name), "w") as f:
            f.write("\n".join(self.lines) + "\n")
        return len(self.lines) - 1


BOUNDARY_BITS = [0, 1, 2, 31, 32, 33, 61, 62, 63, 64, 65, 95, 96, 97, 127, 128, 129, 191, 192,
                 193, 1279, 1280, 1281]


def rand_int(rng, max_bits, signed=True):
    kind = rng.random()
    if kind < 0.45:
        bits = rng.randint(0, max_bits)
        v = rng.getrandbits(bits) if bits else 0
    elif kind < 0.65:
        k = rng.choice([b for b in BOUNDARY_BITS if b <= max_bits] or [0])
        v = max((1 << k) + rng.randint(-3, 3), 0)
    elif kind < 0.75:
        v = (1 << rng.randint(1, max_bits)) - 1
    elif kind < 0.85:
        v = sum(1 << rng.randint(0, max_bits) for _ in range(rng.randint(1, 4)))
    else:
        v = rng.randint(0, 1 << 66)
    if signed and rng.random() < 0.5:
        v = -v
    return v


# Limbs that make Knuth's quotient estimate wrong more often than random ones do.
EDGE_LIMBS = [0, 1, 2, 0x7FFFFFFF, 0x80000000, 0x80000001, 0xFFFFFFFE, 0xFFFFFFFF]


def edge_int(rng, limbs):
    v = 0
    for i in range(limbs):
        limb = rng.choice(EDGE_LIMBS) if rng.random() < 0.8 else rng.getrandbits(32)
        v |= limb << (32 * i)
    return v


def needs_add_back(u, v):
    """Whether Knuth's Algorithm D on 64-bit words (BigInt's long division) takes its rare
    add-back step on u / v."""
    n = (v.bit_length() + 63) // 64
    if n < 2 or u < v:
        return False
    m = (u.bit_length() + 63) // 64 - n
    shift = 64 * n - v.bit_length()
    u <<= shift
    v <<= shift
    base = 1 << 64
    top, second = v >> (64 * (n - 1)), (v >> (64 * (n - 2))) % base
    for j in range(m, -1, -1):
        window = u >> (64 * j)
        leading = window >> (64 * (n - 1))
        estimate = min(leading // top, base - 1)
        rest = leading - estimate * top
        third = (window >> (64 * (n - 2))) % base
        while rest < base and estimate * second > rest * base + third:
            estimate -= 1
            rest += top
        if estimate * v > window:
            return True
        u -= (estimate * v) << (64 * j)
    return False


def arith_cases(rng):
    c = Cases("arith.txt", "add/sub/mul/floordiv/mod/divmod/truediv/cmp: op a b result...")
    pairs = []
    for _ in range(900):
        pairs.append((rand_int(rng, 300), rand_int(rng, 300)))
    for _ in range(250):
        pairs.append((edge_int(rng, rng.randint(2, 8)), edge_int(rng, rng.randint(1, 4))))
    for x in [0, 1, -1, 2**32, 2**64, 2**62 - 1, 2**62, 2**62 + 1, 2**63 - 1, 2**63, -2**63]:
        for y in [0, 1, -1, 7, -7, 2**32 - 1, 2**32, 2**62 + 1, -2**64]:
            pairs.append((x, y))
    for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, -5)]:
        pairs.append((a, b))
    # One line per pair: a + b, a - b, compare(a, b), a * b, a // b, a % b, a / b.
    for a, b in pairs:
        c.add("pair", [h(a), h(b)], lambda: [r(a + b), r(a - b), (a > b) - (a < b), r(a * b)] +
              [r(q) for q in divmod(a, b)] + [fbits(a / b)])

    # Above the Karatsuba threshold, balanced and not.
    for _ in range(60):
        (ta, a), (tb, b) = generated(rng, 20, 160), generated(rng, 20, 160)
        c.add("mul", [ta, tb], lambda: [r(a * b)])
        c.add("divmod", [ta, tb], lambda: [r(q) for q in divmod(a, b)])

    # Quotients whose estimates need Knuth's add-back correction.
    found = 0
    while found < 40:
        v = edge_int(rng, rng.randint(3, 8))
        u = edge_int(rng, rng.randint(5, 14))
        if needs_add_back(u, v):
            found += 1
            for a, b in [(u, v), (-u, v)]:
                c.add("divmod", [h(a), h(b)], lambda: [r(q) for q in divmod(a, b)])

    # Big dividends over small divisors: the single-limb path.
    for _ in range(150):
        a = rand_int(rng, 3000)
        b = rng.choice([rng.randint(1, 2**32 - 1), rng.randint(1, 1000), 10**9, 2**31, 25, 239])
        if rng.random() < 0.3:
            b = -b
        c.add("divmod", [h(a), h(b)], lambda: [r(q) for q in divmod(a, b)])

    # True division: halfway cases, subnormals, overflow, and large equal factors.
    factor = 3**700
    for _ in range(300):
        kind = rng.randrange(5)
        if kind == 0:
            m = (1 << 54) + rng.choice([1, 3, -1, -3, 2])
            a, b = m * factor, 2 * factor << rng.randint(0, 40)
        elif kind == 1:
            a, b = rng.getrandbits(rng.randint(1, 200)) + 1, rng.getrandbits(rng.randint(1000, 1300))
        elif kind == 2:
            a, b = rng.getrandbits(rng.randint(1000, 1100)), rng.getrandbits(rng.randint(1, 80)) + 1
        elif kind == 3:
            a, b = rand_int(rng, 2000), rand_int(rng, 2000)
        else:
            e = rng.randint(-1080, -1020)
            a, b = (rng.getrandbits(60) | 1) * factor, (factor << (-e))
        if rng.random() < 0.5:
            a = -a
        c.add("truediv", [h(a), h(b)], lambda: [fbits(a / b)])
    for a, b in [(10**400, 10**399), (1, 10**400), (-1, 10**400), (10**400, 1), (2**1024, 2),
                 (2**1025, 2), (2**1024 - 2**970, 1), (2**1024 - 2**969, 1), (0, -5), (5, 0),
                 (2**53 + 1, 2**53 + 1), (2**53 + 1, 1)]:
        c.add("truediv", [h(a), h(b)], lambda: [fbits(a / b)])
    return c


def bitwise_cases(rng):
    c = Cases("bitwise.txt", "and/or/xor/invert/lshift/rshift/bit_length/bit_count")
    # One line per case: a & b, a | b, a ^ b, ~a, a << n, a >> n, bit_length, bit_count.
    for _ in range(1500):
        a, b = rand_int(rng, 300), rand_int(rng, 300)
        ta, tb = h(a), h(b)
        if rng.random() < 0.03:
            (ta, a), (tb, b) = generated(rng, 1, 50), generated(rng, 1, 50)
        n = rng.choice([0, 1, 31, 32, 33, 63, 64, 65, rng.randint(0, 400)])
        c.add("bits", [ta, tb, n], lambda: [r(a & b), r(a | b), r(a ^ b), r(~a), r(a << n),
                                                r(a >> n), a.bit_length(), a.bit_count()])
    for a in [0, -1, -2**32, -2**64, 2**64 - 1]:
        for n in [0, 1, 32, 64, 1000]:
            c.add("rshift", [h(a), n], lambda: [r(a >> n)])
            c.add("lshift", [h(a), n], lambda: [r(a << n)])
    return c


def number_cases(rng):
    c = Cases("number.txt", "pow/powmod/gcd/isqrt/hash/to_int64/to_float/frexp/cmp_float/from_float")
    for _ in range(300):
        a = rand_int(rng, 100)
        e = rng.randint(0, 60) if a.bit_length() > 16 else rng.randint(0, 400)
        c.add("pow", [h(a), h(e)], lambda: [r(a**e)])
    for a in [0, 1, -1, 2, -2, 2**32, -(2**31)]:
        for e in [0, 1, 2, 3, 63, 64, 65]:
            c.add("pow", [h(a), h(e)], lambda: [r(a**e)])
    for a in [0, 1, -1]:
        c.add("pow", [h(a), h(2**100 + 1)], lambda: [r(a**(2**100 + 1))])
    for _ in range(400):
        a, e, m = rand_int(rng, 200), rand_int(rng, 100), rand_int(rng, 200)
        if rng.random() < 0.3:
            m = rng.choice([1, -1, 0, 2, 7, -7, 2**32, 2**61 - 1])
        if rng.random() < 0.2:
            g = rng.randint(2, 1000)
            a, m = a * g, m * g
        c.add("powmod", [h(a), h(e), h(m)], lambda: [r(pow(a, e, m))])
    for args in [(2, -1, 4), (2, -1, 1), (0, -1, 1), (3, -1, -7), (0, 0, 1), (5, 0, -3), (2, 3, 0),
                 (0, 0, 5), (-3, 5, 7), (7, -2, 2**64 + 1)]:
        a, e, m = args
        c.add("powmod", [h(a), h(e), h(m)], lambda: [r(pow(a, e, m))])

    fib = [0, 1]
    while len(fib) < 3000:
        fib.append(fib[-1] + fib[-2])
    for _ in range(300):
        kind = rng.randrange(4)
        if kind == 0:
            a, b = rand_int(rng, 600), rand_int(rng, 600)
        elif kind == 1:
            g = rand_int(rng, 400, signed=False)
            a, b = g * rand_int(rng, 400), g * rand_int(rng, 400)
        elif kind == 2:
            i = rng.randint(100, 2998)
            a, b = fib[i + 1], fib[i]
        else:
            a, b = rand_int(rng, 3000), rand_int(rng, 3000)
        c.add("gcd", [h(a), h(b)], lambda: [r(math.gcd(a, b))])
    for a, b in [(0, 0), (0, 5), (-5, 0), (2**64, 2**96), (fib[2999], fib[2998] * 7)]:
        c.add("gcd", [h(a), h(b)], lambda: [r(math.gcd(a, b))])

    for _ in range(400):
        a = abs(rand_int(rng, 400))
        if rng.random() < 0.4:
            root = rng.getrandbits(rng.randint(1, 300))
            a = root * root + rng.choice([-1, 0, 1, 2 * root, 2 * root + 1])
        c.add("isqrt", [h(a)], lambda: [r(math.isqrt(a))])
    for a in [-1, 0, 1, 2**64 - 1, 2**64, (2**32 - 1)**2, 2**128 - 1, 10**3000]:
        c.add("isqrt", [h(a)], lambda: [r(math.isqrt(a))])

    values = [rand_int(rng, 400) for _ in range(600)]
    values += [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), -(2**61), 2**122 - 1,
               -(2**61) - 1, 2**64, -(2**64) + 1, 2**63, -(2**63)]
    for a in values:
        c.add("hash", [h(a)], lambda: [hash(a)])
        c.add("to_int64", [h(a)], lambda: [a if -2**63 <= a < 2**63 else "none"])
    for _ in range(400):
        a = rand_int(rng, 1100)
        if rng.random() < 0.4:
            m = rng.getrandbits(53) | (1 << 53)
            a = (m << rng.randint(1, 971)) + rng.choice([0, 1, -1, 2])
            a = a << rng.randint(0, 20) if rng.random() < 0.3 else a
        c.add("to_float", [h(a)], lambda: [fbits(float(a))])
    for a in [2**1024, 2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1024 - 2**971,
              -(2**1024 - 2**970), (2**53 + 1) << 100, ((2**53 + 1) << 100) + 1,
              (2**53 + 3) << 10, 2**64 - 1, 2**64 + 1, 2**63 + 2**10]:
        c.add("to_float", [h(a)], lambda: [fbits(float(a))])

    for a in values[:300] + [2**53 + 1, 2**1024 - 2**970, 2**1024, -(2**1100)]:
        c.add("frexp", [h(a)], lambda: list(frexp(a)))
    compared = [(rand_int(rng, 1100), 0.0) for _ in range(300)]
    for i, (a, _) in enumerate(compared):
        shifted = float(a) if a.bit_length() < 1000 else 1e300
        choices = [shifted, shifted + 0.5, shifted - 0.5, -shifted, float(a.bit_length()),
                   math.nextafter(shifted, math.inf)]
        compared[i] = (a, rng.choice(choices))
    compared += [(2**53 + 1, 2.0**53), (2**53, 2.0**53), (5, 5.5), (-5, -5.5), (0, -0.0),
                 (0, 0.5), (0, -0.5), (2**2000, math.inf), (-(2**2000), -math.inf),
                 (7, math.nan), (2**1024, 1.7976931348623157e308)]
    for a, x in compared:
        c.add("cmp_float", [h(a), fbits(x)],
              lambda: ["unordered" if x != x else (a > x) - (a < x)])
    floats = [0.0, -0.0, 0.5, -0.5, 0.9999, 1.0, -1.5, 3.9, -3.9, 2.0**52 + 0.5, 2.0**63,
              -(2.0**63), 2.0**64, 1e308, -1e308, 5e-324, 1.7976931348623157e308,
              float("inf"), float("-inf"), float("nan"), 123456789.987654321]
    for _ in range(300):
        floats.append(struct.unpack(">d", struct.pack(">Q", rng.getrandbits(64)))[0])
        floats.append(rng.uniform(-1, 1) * 2.0 ** rng.randint(0, 200))
    for x in floats:
        c.add("from_float", [fbits(x)], lambda: [r(int(x))])
    return c


def frexp(a):
    """CPython's _PyLong_Frexp: the mantissa (as float bits) and exponent of an int."""
    if a == 0:
        return [fbits(0.0), 0]
    exponent = a.bit_length()
    mantissa = float(fractions.Fraction(a, 2**exponent))
    if abs(mantissa) == 1.0:
        mantissa, exponent = mantissa / 2, exponent + 1
    return [fbits(mantissa), exponent]


def bytes_cases(rng):
    c = Cases("bytes.txt", "to_bytes x length order signed / from_bytes bytes order signed")
    values = [rand_int(rng, 200) for _ in range(400)]
    values += [0, 1, -1, 127, 128, -128, -129, 255, 256, -256, -257, 2**63, -(2**63), 2**64 - 1]
    for a in values:
        needed = (a.bit_length() + 7) // 8
        for length in sorted({0, needed - 1, needed, needed + 1, needed + 3} - {-1}):
            order = rng.choice(["big", "little"])
            signed = rng.choice([False, True])
            c.add("to_bytes", [h(a), length, order, int(signed)],
                  lambda: [bhex(a.to_bytes(length, order, signed=signed))])
    for _ in range(400):
        data = bytes(rng.choice([0, 0x7F, 0x80, 0xFF, rng.getrandbits(8)])
                     for _ in range(rng.randint(0, 24)))
        for order in ["big", "little"]:
            for signed in [False, True]:
                c.add("from_bytes", [bhex(data), order, int(signed)],
                      lambda: [r(int.from_bytes(data, order, signed=signed))])
    return c


def with_underscores(rng, digits):
    out = []
    for i, d in enumerate(digits):
        if i and rng.random() < 0.15:
            out.append("_")
        out.append(d)
    return "".join(out)


def text_cases(rng):
    c = Cases("text.txt", "tostr base x text / parse base text(hex) value")
    for _ in range(700):
        a = rand_int(rng, 400)
        ta = h(a)
        if rng.random() < 0.03:
            ta, a = generated(rng, 10, 100)
        base = rng.choice([2, 8, 10, 10, 10, 16, 3, 7, 36, rng.randint(2, 36)])
        c.add("tostr", [base, ta], lambda: [to_base(a, base)])
    for a in [0, -1, 10**9, 10**9 - 1, 10**18, -(10**19), 2**32, 2**64, 10**289, 10**290 - 1,
              10**1000 - 1]:
        for base in [2, 3, 8, 10, 16, 36]:
            c.add("tostr", [base, h(a)], lambda: [to_base(a, base)])

    def parse(base, text):
        def compute():
            try:
                return [r(int(text, base))]
            except ValueError as e:
                if str(e).startswith("invalid literal"):
                    return ["!invalid"]
                raise
        c.add("parse", [base, thex(text)], compute)

    spaces = ["", " ", "\t", "\n ", "\r\x0b\x0c"]
    prefixes = {2: "0b", 8: "0o", 16: "0x"}
    for _ in range(900):
        a = rand_int(rng, 300)
        if rng.random() < 0.03:
            a = rand_int(rng, 8000)
        base = rng.choice([0, 0, 2, 8, 10, 10, 16, 3, 36, rng.randint(2, 36)])
        shown = 10 if base == 0 else base
        digits = to_base(abs(a), shown)
        if rng.random() < 0.3:
            digits = digits.upper()
        digits = with_underscores(rng, digits)
        prefix = ""
        if base == 0:
            shown = rng.choice([10, 2, 8, 16])
            digits = with_underscores(rng, to_base(abs(a), shown))
            if shown != 10:
                prefix = prefixes[shown]
        elif base in prefixes and rng.random() < 0.5:
            prefix = prefixes[base]
        if prefix and rng.random() < 0.3:
            prefix = prefix.upper()
        if prefix and rng.random() < 0.3:
            prefix += "_"
        sign = rng.choice(["", "-", "+"]) if a >= 0 else "-"
        text = rng.choice(spaces) + sign + prefix + digits + rng.choice(spaces)
        if rng.random() < 0.3:  # break it
            pos = rng.randint(0, len(text))
            text = text[:pos] + rng.choice(["_", "__", " ", "z", "-", "+", ".", "0x", "\x00"]) + \
                text[pos:]
        parse(base, text)
    for text in ["", " ", "-", "+", "_1", "1_", "1__0", "1_0", "0_0", "00", "000", "0_1", "01",
                 "0x", "0x_", "0x_1", "0x__1", "0b", "0b1", "0o7", "0O7", "0B1", "0X1f", "- 1",
                 "+-1", "1 1", " 12 ", "\t+1_0\n", "0b_1_0", "0_b1", "0 1", "0x1g", "z",
                 "9", "0e0", "1.0", "00_0", "0007", "-0", "-00", "0x-1"]:
        for base in [0, 2, 8, 10, 16, 36]:
            parse(base, text)
    for base in [1, 37, -1, 100]:
        parse(base, "1")
    return c


def limit_cases(rng):
    c = Cases("limits.txt",
              "int_max_str_digits: tostr_limit max base sign power exponent delta / parse_limit max base prefix(hex) "
              "digit count suffix(hex)")

    # x = sign * (power ** exponent + delta); a converted text is checked through its digest.
    def tostr_limit(limit, base, sign, power, exponent, delta):
        x = sign * (power**exponent + delta)

        def compute():
            sys.set_int_max_str_digits(limit)
            try:
                text = format(x, {2: "b", 8: "o", 10: "d", 16: "x"}[base])
                return [fnv1a(text), len(text)]
            finally:
                sys.set_int_max_str_digits(0)
        c.add("tostr_limit", [limit, base, sign, power, exponent, delta], compute)

    def parse_limit(limit, base, prefix, digit, count, suffix):
        def compute():
            sys.set_int_max_str_digits(limit)
            try:
                return [r(int(prefix + digit * count + suffix, base))]
            except ValueError as e:
                if str(e).startswith("invalid literal"):
                    return ["!invalid"]
                raise
            finally:
                sys.set_int_max_str_digits(0)
        c.add("parse_limit", [limit, base, thex(prefix), digit, count, thex(suffix)], compute)

    for limit in [0, 640, 641, 1000, 4300]:
        for digits in [639, 640, 641, 642, 999, 1000, 1001, 4300, 4301, 5000]:
            tostr_limit(limit, 10, 1, 10, digits - 1, 0)
            tostr_limit(limit, 10, -1, 10, digits, -1)
            parse_limit(limit, 10, "", "1", digits, "")
            parse_limit(limit, 0, " -", "9", digits, " ")
        parse_limit(limit, 10, "", "1", 5000, "x")
        parse_limit(limit, 10, "", "1_", 4400, "1")
        parse_limit(limit, 10, "", "1", 5000, "__")
        parse_limit(limit, 16, "", "f", 5000, "")
        parse_limit(limit, 16, "0x", "f", 5000, "")
        parse_limit(limit, 36, "", "z", 5000, "")
        parse_limit(limit, 3, "", "2", 4301, "")
        parse_limit(limit, 0, "", "0", 5000, "")
        tostr_limit(limit, 16, 1, 10, 5000, 0)
        tostr_limit(limit, 2, -1, 10, 5000, 0)
        tostr_limit(limit, 8, 1, 3, 9000, 0)
    tostr_limit(4300, 10, 1, 10, 100000, 0)
    return c


MASK64 = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)


def splitmix_int(seed, words):
    rng = SplitMix64(seed)
    value = 0
    for i in range(words):
        value |= rng.next() << (64 * i)
    return value


def fnv1a(text):
    value = 0xCBF29CE484222325
    for byte in text.encode("ascii"):
        value = ((value ^ byte) * 0x100000001B3) & MASK64
    return format(value, "016x")


def generated(rng, min_words, max_words):
    """An operand written "@seed:words" (or "-@..."): splitmix_int(seed, words)."""
    seed, words = rng.getrandbits(32), rng.randint(min_words, max_words)
    value = splitmix_int(seed, words)
    if rng.random() < 0.5:
        return "-@%d:%d" % (seed, words), -value
    return "@%d:%d" % (seed, words), value


def huge_cases():
    c = Cases("huge.txt",
              "op (seed words)... -> fnv1a64 of each result's text (hex for ints) and its length")
    sys.set_int_max_str_digits(0)

    def digest(x, base=16):
        text = h(x) if base == 16 else str(x)
        return [fnv1a(text), len(text)]

    operands = {(1, 5200): None, (2, 5150): None, (3, 10400): None, (4, 800): None, (5, 3): None,
                (6, 1): None}
    for key in operands:
        operands[key] = splitmix_int(*key)
    x, y, xx, z, small, single = (operands[k] for k in operands)
    args = lambda *keys: ["%d %d" % k for k in keys]  # noqa: E731
    keys = list(operands)
    c.add("mul", args(keys[0], keys[1]), lambda: digest(x * y))
    c.add("mul", args(keys[2], keys[3]), lambda: digest(xx * z))
    c.add("mul", args(keys[0], keys[0]), lambda: digest(x * x))
    c.add("divmod", args(keys[2], keys[1]), lambda: digest(xx // y) + digest(xx % y))
    c.add("divmod", args(keys[2], keys[4]), lambda: digest(xx // small) + digest(xx % small))
    c.add("divmod", args(keys[0], keys[5]), lambda: digest(x // single) + digest(x % single))
    c.add("str", args(keys[0]), lambda: digest(x, 10))
    c.add("str_negated", args(keys[2]), lambda: digest(-xx, 10))
    c.add("gcd_common", args(keys[0], keys[1], keys[3]), lambda: digest(math.gcd(x * z, y * z)))
    c.add("isqrt", args(keys[2]), lambda: digest(math.isqrt(xx)))
    return c


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    sys.set_int_max_str_digits(0)
    rng = random.Random(20241125)
    for make in [arith_cases, bitwise_cases, number_cases, bytes_cases, text_cases, limit_cases]:
        cases = make(rng)
        print("%s: %d cases" % (cases.name, cases.write()))
    cases = huge_cases()
    print("%s: %d cases" % (cases.name, cases.write()))


if __name__ == "__main__":
    main()
