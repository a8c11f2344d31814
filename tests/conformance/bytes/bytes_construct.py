# bytes(): from nothing, a count, an iterable of ints, another bytes-like object, a str with
# an encoding, __bytes__; str.encode() and bytes.decode() round trips; the constructor's
# errors.
class Packet:
    def __bytes__(self):
        return b"\x01PKT"


class Counter:
    def __index__(self):
        return 3


print(bytes(), bytes(4), bytes(Counter()), bytes(True), bytes([65, 66, 67]), bytes(range(250, 256)),
      bytes((x * 2 for x in range(5))), bytes(b"copy"), bytes(bytearray(b"ba")), bytes(Packet()),
      bytes({1: "a", 2: "b"}), bytes([Counter()]), bytes(source=b"kw"))
print(bytes("h\u00e9llo", "utf-8"), bytes("h\u00e9llo", "latin-1"), bytes("abc", encoding="ascii"),
      bytes("h\u00e9", "ascii", "replace"), bytes("h\u00e9", "ascii", errors="ignore"), bytes("\u20ac", "utf_8"))
for text in ["plain", "caf\u00e9", "\u00fcber \u20ac", "\U0001F600", ""]:
    data = text.encode()
    print(repr(text), data, len(data), data.decode() == text, text.encode("utf-8", "strict") == data)
print("caf\u00e9".encode("latin-1"), "caf\u00e9".encode("ascii", "xmlcharrefreplace"),
      "caf\u00e9".encode("ascii", "backslashreplace"), b"caf\xe9".decode("latin-1"),
      b"caf\xe9".decode("utf-8", "replace"), b"caf\xe9".decode("ascii", "ignore"), b"\xff".decode("utf-8", "backslashreplace"))
print(str(b"bytes"), str(b"abc", "ascii"), str(bytearray(b"xyz"), encoding="utf-8"), repr(bytes(3)))
print(b"abc".decode(encoding="ascii"), bytearray(b"\xc3\xa9").decode(), len(bytes(10**5)))
errors = [
    lambda: bytes(-1), lambda: bytes([300]), lambda: bytes([-1]), lambda: bytes(["a"]), lambda: bytes("abc"),
    lambda: bytes(1.5), lambda: bytes(None), lambda: bytes(b"x", "utf-8"), lambda: bytes([1], errors="strict"),
    lambda: bytes(encoding="utf-8"), lambda: bytes("x", 1), lambda: bytes("x", "nope"), lambda: bytes(x=1),
    lambda: bytes(1, 2, 3, 4), lambda: bytes("\u00e9", "ascii"), lambda: b"\xff".decode(),
    lambda: b"\xff".decode("ascii"), lambda: b"a".decode("nope"), lambda: b"a".decode(1), lambda: "\u00e9".encode(1),
    lambda: b"\xe9".decode("utf-8", "nope"), lambda: str(b"a", "nope"), lambda: str("a", "utf-8"), lambda: str(1, "utf-8"),
    lambda: bytes([1, 2, 2**70]), lambda: bytes(2**70),
]
for e in errors:
    try:
        print(e())
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
