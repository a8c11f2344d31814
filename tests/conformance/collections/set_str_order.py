# Iteration order of str sets (hashes as CPython with PYTHONHASHSEED=0).
fruits = {"apple", "banana", "cherry", "date", "elderberry", "fig"}
print(fruits)
print(set(["apple", "banana", "cherry", "date", "elderberry", "fig"]))
print({"red", "green", "blue"})
print(set("mississippi"))
print(set("hello world"))
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words))
print({w.upper() for w in words})
print(sorted(set(words)) == sorted(words[:6] + words[7:]))
s = set()
for w in ["zeta", "alpha", "mu", "beta", "omega", "pi", "rho", "tau", "chi"]:
    s.add(w)
print(s)
print({"", "a", "ab", "abc", "abcd"})
print({"é", "ü", "日本", "x"})
