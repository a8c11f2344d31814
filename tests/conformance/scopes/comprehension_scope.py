# Each comprehension and generator expression runs in its own function scope.
i = "module i"
squares = [i * i for i in range(4)]
print(squares, i)
print({i: i for i in "ab"}, {i for i in (1, 1, 2)}, list(i for i in [7]), i)
offset = 10
print([n + offset for n in range(3)])


def inside_function():
    factor = 3
    values = [factor * v for v in range(3)]
    nested = [[factor * r + c for c in range(2)] for r in range(2)]
    return values, nested, "v" in locals(), sorted(locals())


print(inside_function())


class Table:
    size = 3
    rows = [r for r in range(size)]
    try:
        cells = [size * r for r in range(size)]
    except NameError as e:
        cells = "NameError: " + str(e)


print(Table.rows, Table.cells)
x = 1
gen = (x + y for y in range(3))
x = 100
print(list(gen))
outer_iter = [1, 2, 3]
gen2 = (v for v in outer_iter)
outer_iter = ["replaced"]
print(list(gen2))
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs], "k" in globals())
total = [t := w for w in range(3)]
print(total, t)


def walrus_in_comprehension():
    [last := n for n in range(5)]
    return last


print(walrus_in_comprehension())
print([[j for j in range(i)] for i in range(4)], [(a, b) for a in "xy" for b in range(2)])
