# Unpacking in assignments and for loops, with one starred target that takes the rest.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
x, *y = [1]
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, (n, *o)] = [0, "abc"]
print(m, n, o)
for i, (name, score) in enumerate([("ann", 3), ("bob", 5)]):
    print(i, name, score)
for first, *others in ["abc", "de", "f"]:
    print(first, others)
k, v = {"key": "value"}.popitem()
print(k, v)
one, two, three = "xyz"
print(one, two, three)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
point = {"x": 1, "y": 2}
px, py = point.values()
print(px, py)
*_, final = range(10)
print(final)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
