# bytearray construction, repr, comparison with bytes, indexing, slicing, iteration,
# concatenation and repetition, and the methods it shares with bytes.
class Source:
    def __index__(self):
        return 2


arrays = [bytearray(), bytearray(3), bytearray(Source()), bytearray(b"abc"), bytearray(bytearray(b"xy")),
          bytearray([1, 2, 255]), bytearray(range(65, 70)), bytearray("h\u00e9", "utf-8"),
          bytearray("abc", encoding="ascii"), bytearray(source=b"kw"), bytearray(x for x in b"gen"),
          bytearray(b"quote's"), bytearray(b'both \' "'), bytearray("\u00e9", "latin-1", "strict")]
for a in arrays:
    print(repr(a), str(a), len(a), bool(a), list(a)[:4])
ba = bytearray(b"hello world")
print(ba[0], ba[-1], ba[1:5], ba[::2], ba[::-1], ba[100:], ba[-3:], type(ba[0]).__name__, type(ba[:1]).__name__)
print(ba == b"hello world", b"hello world" == ba, ba != bytearray(b"x"), ba < b"z", b"a" < ba, ba >= ba, ba == "hello world")
print(ba + b"!", b">" + ba, ba + bytearray(b"?"), ba * 2, 2 * bytearray(b"ab"), ba * 0, ba * -1, bytearray(b"x") * True)
print(b"lo w" in ba, 111 in ba, bytearray(b"wor") in b"world", ba.upper(), ba.split(), ba.decode(), ba.hex(" "))
it = iter(bytearray(b"xyz"))
print(type(it).__name__, next(it), list(it), [c for c in bytearray(b"\x00\x80")], sum(bytearray(b"\x01\x02\x03")))
print(sorted(bytearray(b"dcba")), max(bytearray(b"az")), bytearray(b"abc").copy(), bytes(ba), str(ba, "ascii"))


class Buffer(bytearray):
    def shout(self):
        return self.upper()


buf = Buffer(b"sub")
buf.append(33)
print(buf, repr(buf), type(buf).__name__, buf.shout(), type(buf.shout()).__name__, isinstance(buf, bytearray), len(buf))
