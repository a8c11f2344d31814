# Iteration order of int sets: table order, with collisions, growth and negative numbers.
print({5, 3, 8, 1})
print({8, 16, 0, 24, 32})
print(set([100, 7, 1000, 64, 3]))
print({-1, -2, -3, 0, 1})
print(set(range(20, 0, -3)))
s = set()
for i in [40, 8, 16, 1, 33, 65, 97, 129]:
    s.add(i)
    print(list(s))
print({x * 8 for x in range(12)})
print({2 ** 61 - 1, 2 ** 61, 2 ** 61 + 1, 2 ** 64, -2 ** 61})
print({10 ** 20, 10 ** 19, 1, 12345678901234567890})
print(list({1000000 * k for k in range(10)}))
