# bytes literals: prefixes, escapes, raw forms, triple quotes, adjacent concatenation, and
# repr() choosing quotes and escapes like CPython.
values = [
    b"", b"abc", B"ABC", rb"\n\x00", Rb"raw\\", bR"\d+", BR'\'', br"a\
b", b"\x00\x7f\x80\xff", b"\101\102\0\7\377", b"\a\b\f\n\r\t\v", b"\q\z\8",
    b"tab\there", b'single \' and "double"', b"only 'single'", b'only "double"',
    b"""triple
quoted""", b'''x''' b"y" rb"\z", b"con" b"cat" B"en" b"ation", b"\\", b"line\
continued",
]
for v in values:
    print(repr(v), len(v), str(v))
print(b"\x41\x42" == b"AB", b"\u00e9", b"\N{DASH}", len(b"\u1234"))
print([b for b in b"\x01\x02\xfe"], list(rb"\x01"), b"abc"[0], b"abc"[-1], b"abc"[1:], b"abc"[::-1])
print(b"a" + b"b", b"ab" * 3, 2 * b"-", b"" * 5, b"ab" in b"cabd", 98 in b"abc", b"" in b"")
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"\xff" > b"\x00", b"a" == b"a", b"a" != "a")
print(sorted([b"pear", b"apple", b"Zebra", b"", b"\x00"]), max(b"hello"), min(b"hello"), sum(b"\x01\x02"))
print(len(b"x" * 0), bool(b""), bool(b"\x00"), b"%", type(b"").__name__)
