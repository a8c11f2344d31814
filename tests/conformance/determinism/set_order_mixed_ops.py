# Set order after removals, re-insertions, growth and set operations with many elements.
s = set(range(20))
for n in range(0, 20, 3):
    s.discard(n)
s.update([100, 33, 64, 1000])
print(s)
t = {f"item{i}" for i in range(12)}
print(t)
t -= {"item3", "item7"}
t.add("item99")
print(t)
u = {-1, -2, 2 ** 40, 3.5, (1, 2), "text", False}
print(u)
big = set()
for i in range(50):
    big.add(i * 7919 % 101)
print(big)
print(sorted(big) == list(range(0, 101)) or len(big))
print({1, 9, 17, 25, 33}, {0.5, 1.5, 2.5, 8.0}, {True, 2, "2", (2,)})
print(set([5, 4, 3, 2, 1]) & set([1, 3, 5, 7]), {"b", "a"} | {"c"}, {8, 16, 24} ^ {16, 32})
s2 = {"alpha", "beta", "gamma"}
while s2:
    print("pop", s2.pop())
print(list({frozenset({1}), frozenset({2, 3}), frozenset()}))
print({2 ** 3, 10 // 3, 7 % 4, 1 << 5, 2 ** 200, "ab" * 3, 0.5 * 4, -(2 ** 62), 1 << 130, "%s" % 1})
print({"k" * 2, "kk", -9, -8, 9 - 18, 2 ** -1, 1 / 4, 3 - 2 ** 61, (1, 2) * 2, 2 ** 61 - 1})
