# hash() of bytes is SipHash-1-3 with a zero key (PYTHONHASHSEED=0), equal to the hash of the
# same ASCII text as str; bytearray is unhashable.
samples = [b"", b"a", b"ab", b"hello", b"hello world", b"\x00", b"\xff" * 3, bytes(range(20)),
           "café".encode(), b"The quick brown fox jumps over the lazy dog"]
for b in samples:
    print(b, hash(b))
print(hash(b"spam") == hash("spam"), hash(b"caf\xc3\xa9") == hash("café"))
print({b"x": 1, b"y": 2}, sorted({b"pear", b"apple", b"fig"}, key=hash))
print(set(b"mississippi".split(b"s")), frozenset({b"a", b"b", b"c"}))
print([hash(bytes([i])) % 16 for i in range(8)])
try:
    hash(bytearray(b"abc"))
except TypeError as e:
    print("TypeError:", e)
