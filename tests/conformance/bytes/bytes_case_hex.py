# ASCII case methods, predicates and padding, hex() with separators and fromhex(), on bytes
# and bytearray; non-ASCII bytes pass through unchanged.
samples = [b"Hello, World!", b"hello world", b"HELLO", b"they're bill's friends", b"\xe9t\xe9 2024",
           b"", b"   ", b"abc123", b"123", b"Title Case Words", b"mIxEd\tCaSe"]
for s in samples:
    print(s.upper(), s.lower(), s.swapcase(), s.capitalize(), s.title())
    print(" ", s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), s.islower(), s.isupper(),
          s.istitle(), s.isascii())
print(b"abc".center(9, b"*"), b"abc".center(6), b"ab".center(7), b"abc".ljust(6, b"."), b"abc".rjust(6),
      b"abc".center(2), b"-42".zfill(6), b"+7".zfill(4), b"x".zfill(0), b"".zfill(3), b"12".zfill(5))
print(b"a\tbc\td\ne\tf".expandtabs(), b"a\tb".expandtabs(4), b"\t".expandtabs(0), b"ab\r\tc".expandtabs(tabsize=3))
print(bytearray(b"mixed Case").upper(), bytearray(b"x").center(5, b"-"), bytearray(b"7").zfill(3))
print(b"\x00\x0f\xf0\xff".hex(), b"hello".hex(":"), b"hello".hex(b"-", 2), b"hello".hex(" ", -2),
      b"abcdef".hex(":", 3), b"abc".hex(":", 5), b"".hex(":"), bytearray(b"\x01\x02").hex(sep="|"), b"ab".hex(bytes_per_sep=2))
for text in ["00ff10", "de ad be ef", "  0A0b  ", "", " ", "41\n42\t43"]:
    print(repr(text), bytes.fromhex(text), bytearray.fromhex(text))
print(bytes.fromhex("414243").decode(), b"xyz".fromhex("7a"), type(bytearray.fromhex("00")).__name__)
print(bytes.fromhex(b"hi".hex()) == b"hi", [bytes([b]).hex() for b in range(0, 256, 51)])
errors = [
    lambda: b"a".upper(1), lambda: bytearray(b"a").isdigit(1), lambda: b"a".center(), lambda: b"a".center("x"),
    lambda: b"a".center(5, "x"), lambda: b"a".ljust(5, b"xy"), lambda: b"a".rjust(5, 1), lambda: b"a".zfill(),
    lambda: b"a".zfill("3"), lambda: b"a".expandtabs("x"), lambda: b"a".expandtabs(x=1), lambda: b"a".hex(1),
    lambda: b"a".hex(""), lambda: b"a".hex("ab"), lambda: b"a".hex(":", "x"), lambda: b"a".hex(1, 2, 3),
    lambda: b"a".hex("\u00e9"), lambda: b"a".hex(None), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("0 0"),
    lambda: bytes.fromhex("a"), lambda: bytes.fromhex("abc"), lambda: bytes.fromhex(b"00"), lambda: bytes.fromhex(),
    lambda: bytes.fromhex("\u00e9"), lambda: bytes.fromhex("zz\u00e9"), lambda: bytearray.fromhex("1\t2"),
    lambda: bytes.fromhex(string="41"), lambda: b"a".hex([":"]),
]
for e in errors:
    try:
        print(e())
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
