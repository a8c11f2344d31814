# Sets of strings iterate in CPython's table order (PYTHONHASHSEED=0).
fruits = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
print(fruits)
print(list(fruits), sorted(fruits) == sorted(list(fruits)))
words = set("the quick brown fox jumps over the lazy dog".split())
print(words, len(words))
print(set("mississippi"), set("abcdefghijklmnop"))
a = {"red", "green", "blue", "yellow"}
b = {"blue", "black", "white", "red"}
print(a | b, a & b, a - b, b - a, a ^ b)
a.add("purple")
a.discard("green")
print(a)
print({w.upper() for w in ["x", "y", "z", "w"]}, frozenset(["one", "two", "three"]))
letters = set()
for ch in "determinism":
    letters.add(ch)
print(letters, "".join(letters))
print(list(dict.fromkeys(["b", "a", "c"])), {k: 1 for k in {"k1", "k2", "k3"}})
