# Set comprehensions and generator expressions passed straight to functions.
words = "the quick brown fox jumps over the lazy dog the end".split()
print(sorted({len(w) for w in words}), sorted({w[0] for w in words if len(w) > 3}))
print(sum(len(w) for w in words), max(len(w) for w in words), min(w for w in words if "o" in w))
print(any(w.startswith("q") for w in words), all(w.islower() for w in words))
print(sorted((w for w in set(words)), key=len)[:3], ", ".join(w.upper() for w in words[:3]))
print(dict((w, len(w)) for w in words[:4]), list(x * 2 for x in range(5)), tuple(c for c in "ab"))
gen = (n * n for n in range(4))
print(type(gen).__name__, next(gen), next(gen), list(gen), list(gen))
total = sum(x for x in range(100) if x % 7 == 0)
print(total, sum(1 for _ in "hello"), "".join(reversed([c for c in "stressed"])))
data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(set(data)), {x % 3 for x in data}, frozenset(x for x in data if x > 4) == {5, 6, 9})
it = iter(data)
pairs = list(zip(it, it))
print(pairs, max((v, i) for i, v in enumerate(data)), min(data, key=lambda v: (v % 3, v)))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
rows = [[1, 2], [3, 4]]
print(sum(sum(r) for r in rows), list(map(sum, rows)), sorted(set(v for r in rows for v in r)))
counter = 0


def gen_with_side_effect():
    global counter
    for i in range(3):
        counter += 1
        yield i


lazy = (v * 10 for v in gen_with_side_effect())
print(counter, next(lazy), counter, list(lazy), counter)
