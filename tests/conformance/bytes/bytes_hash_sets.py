# hash() of bytes equals CPython's SipHash-1-3 with PYTHONHASHSEED=0 (the same as the str
# with the same ASCII text), so sets and dicts of bytes iterate in CPython's order;
# bytearray is unhashable.
for b in [b"", b"a", b"abc", b"hello world", b"\x00", b"\xff" * 7, b"\x00\xff" * 20, bytes(range(256))]:
    print(b[:12], hash(b))
print(hash(b"abc") == hash("abc"), hash(b"\xe9") == hash("\xe9"), hash(b"key") == hash(bytearray(b"key").decode()))
names = {b"alpha", b"beta", b"gamma", b"delta", b"epsilon", b"zeta", b"eta", b"theta", b"iota", b"kappa"}
print(names)
print(list(names) == sorted(names), {b"x": 1, b"y": 2}, {bytes([i]) for i in range(10)})
d = dict.fromkeys([b"one", b"two", b"three"], 0)
d[b"two"] += 5
print(d, d[b"two"], b"three" in d, bytearray(b"one") == b"one")
for bad in [lambda: hash(bytearray(b"x")), lambda: {bytearray(b"x")}, lambda: {bytearray(): 1},
            lambda: d[bytearray(b"one")]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
frozen = frozenset([b"p", b"q", b"r", b"s"])
print(frozen, hash(frozen) == hash(frozenset(frozen)))
print({b"abc", "abc"})
