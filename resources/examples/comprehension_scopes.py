# Comprehension scopes. Watch each comprehension run in a frame of its own (<listcomp>,
# <dictcomp>, <genexpr>) whose only parameter is `.0`, the iterator; its loop variable `x`
# never appears in the module's globals. The Symbols view shows why `scale` inside is free in
# the lambda but global in the comprehension.

scale = 10
squares = [x * x for x in range(4)]
table = {x: x * scale for x in squares if x}
total = sum(x for x in table.values())
make = [lambda: x * scale for x in range(2)]
print(squares, table, total, [f() for f in make])
print("x" in globals())
