a = [x for x in range(10)]
b = [x * y for x in range(3) for y in range(3) if x != y if y]
c = {x: x ** 2 for x in data}
d = {x for x in data if x}
e = (x for x in data)
f = sum(x for x in data)
g = [(x, y) for x, y in pairs]
h = [y for x in nested for y in x]
i = [[c for c in row] for row in grid]
j = [x async for x in aiter()]
k = {**a, 'b': 1, **c}
l = [v := x for x in data]
m = [x for x in (yield)]
