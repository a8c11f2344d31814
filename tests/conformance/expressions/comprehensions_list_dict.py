# List and dict comprehensions, with conditions, nested loops and their own scope.
squares = [n * n for n in range(10)]
print(squares)
print([n for n in squares if n % 2 == 0], [c.upper() for c in "abc" if c != "b"])
print([(x, y) for x in range(3) for y in range(x)], [[y for y in range(x)] for x in range(4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [v for row in matrix for v in row if v % 3])
print([[row[c] for row in matrix] for c in range(3)])
words = ["apple", "banana", "cherry", "avocado"]
lengths = {w: len(w) for w in words}
print(lengths, {w[0]: w for w in words}, {v: k for k, v in lengths.items()})
print({n: n ** 2 for n in range(5) if n != 2}, {i: [j for j in range(i)] for i in range(3)})
print(dict(sorted({w: w.count("a") for w in words}.items(), key=lambda kv: -kv[1])))
x = "outer"
result = [x for x in range(3)]
print(x, result)
n = 10
print([n + i for i in range(3)], [i for i in range(n) if i > n - 3])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([i * j for i in range(1, 4) for j in range(1, 4) if i != j])
print({k: v for k, v in zip("abc", range(3))}, [(i, c) for i, c in enumerate("hey")])
print([y for x in [[1, 2], [3]] for y in x], [[0] * 2 for _ in range(2)])
