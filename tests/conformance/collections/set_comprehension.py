# Set comprehensions, nested loops and conditions, and star unpacking in displays.
print({x % 5 for x in range(20)})
print({(i, j) for i in range(3) for j in range(3) if i != j})
print({c for c in "abracadabra" if c not in "ab"})
words = ["one", "two", "three", "four", "five", "six"]
print({len(w) for w in words})
print({w[0] for w in words})
a = [1, 2, 3]
b = (3, 4)
print({*a, *b}, {*a, 9, *"xy"}, {*range(3)})
print({x for x in {"k1", "k2", "k3"}})
squares = {n * n for n in range(-5, 6)}
print(squares, len(squares))
