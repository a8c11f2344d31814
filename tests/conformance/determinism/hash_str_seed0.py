# hash() of str is SipHash-1-3 with a zero key (PYTHONHASHSEED=0), over the string's
# 1, 2 or 4 byte representation.
samples = ["", "a", "b", "ab", "hello", "hello world", "Python 3.11", "x" * 100,
           "é", "café", "naïve", "日本語", "中", "€uro", "😀", "a😀b", "\x00", "\xff",
           "The quick brown fox jumps over the lazy dog", "1234567", "abcdefgh", "abcdefg"]
for s in samples:
    print(repr(s), hash(s))
print(hash("same") == hash("sam" + "e"), hash("a" * 7) == hash("aaaaaaa"))
words = "to be or not to be that is the question".split()
print({w: hash(w) % 1000 for w in words})
print(sorted(words, key=hash))
print([hash(c) % 8 for c in "abcdefgh"])
print(hash(("tuple", "of", "strs")), hash(frozenset(["a", "b"])), hash(frozenset("ab")))
