a = {1: 2, **b, 3: 4}
b = {**x, **y}
c = {(1, 2): [3], frozenset(): {}}
d = {x: y for x, y in z.items() if x}
e = {x for x in y for y in z}
f = {'a': lambda: 1, 'b': (yield)}
