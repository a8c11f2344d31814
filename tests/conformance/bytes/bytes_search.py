# find/rfind/index/rindex/count/startswith/endswith/removeprefix/removesuffix and `in` on
# bytes and bytearray, with ints as single bytes, start/end arguments and errors.
data = b"abracadabra"
for sub in [b"a", b"bra", b"", b"z", 97, 114, bytearray(b"cad")]:
    print(sub, data.find(sub), data.rfind(sub), data.count(sub), sub in data,
          data.find(sub, 3), data.rfind(sub, 0, 8), data.count(sub, 2, -2), data.find(sub, -4))
print(data.index(b"c"), data.rindex(b"a"), data.index(98, 2), data.rindex(b"b", 0, 5), data.find(b"", 20))
print(data.startswith(b"abr"), data.startswith((b"x", b"ab")), data.startswith(b"bra", 1),
      data.endswith(b"bra"), data.endswith(b"cad", 0, 7), data.endswith((b"q",)), data.startswith(b"", 11),
      data.startswith(b"", 12), data.endswith(bytearray(b"a")), data.startswith(b"a", -1), data.find(b"a", None, None))
print(data.removeprefix(b"abra"), data.removesuffix(b"abra"), data.removeprefix(b"x"), b"".removesuffix(b""))
ba = bytearray(b"hello world")
print(ba.find(b"o"), ba.rfind(111), ba.count(b"l"), ba.index(b"world"), b"wor" in ba, 104 in ba,
      ba.startswith(b"he"), ba.endswith(bytearray(b"ld")), ba.removeprefix(b"hello "), ba.removesuffix(b"d"))
print(data.count(b"a", 100), data.count(b"", 5, 3), data.count(b"", 4, 6), b"aaaa".count(b"aa"))
print(data.find(b"a", 2**70), data.find(b"a", -2**70), data.rfind(b"a", -2**70, 2**70))
errors = [
    lambda: data.find(), lambda: data.find("a"), lambda: data.find(b"a", "x"), lambda: data.find(300),
    lambda: data.find(1.5), lambda: data.index(b"z"), lambda: data.rindex(122),
    lambda: data.startswith("a"), lambda: data.startswith(("a",)), lambda: data.endswith(1),
    lambda: data.count(), lambda: data.find(b"a", start=1), lambda: "a" in data,
    lambda: 256 in data, lambda: -1 in data, lambda: data.removeprefix("a"),
    lambda: data.removeprefix(), lambda: ba.index(b"z"), lambda: ba.find(b"a", 1, 2, 3),
    lambda: [] in data, lambda: data.startswith(b"a", 1.5),
]
for e in errors:
    try:
        print(e())
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
