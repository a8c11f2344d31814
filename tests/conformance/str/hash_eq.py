# Equal strings hash equally, and hashes match CPython's (the goldens use PYTHONHASHSEED=0).
for s in ["", "a", "abc", "hello world", "é", "日本語", "😀", "ÿ", "Ā", "mixed é and 日 and 😀"]:
    print(repr(s), hash(s), hash(s) == hash("" + s), hash(s[:]) == hash(s))
d = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    d[w] = d.get(w, 0) + 1
print(d)
print(sorted(d))
