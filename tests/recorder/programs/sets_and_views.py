# Sets (with deleted slots and pops), frozensets, dict views and the iteration builtins
# kept alive across keyframes, so that restoring them from a snapshot is exercised.
s = {3, 11, 19, 27}
s.discard(11)
s.add(35)
f = frozenset(["a", "b", "c"])
h = hash(f)
d = {"x": 1, "y": 2, "z": 3}
keys, values, items = d.keys(), d.values(), d.items()
e = enumerate("abc", 10)
z = zip([1, 2, 3], "pqr")
m = map(abs, [-1, -2, -3])
flt = filter(None, [0, 1, 0, 2])
r = reversed([7, 8, 9])
rv = reversed(d)
c = iter([5, 4, 3, 2].pop, 3)
si = iter(f)
total = 0
for step in range(3):
    total += next(e)[0] + next(z)[0] + next(m) + next(r)
    s.add(step * 8)
    print(step, sorted(s), next(rv), list(keys), total)
print(s.pop(), s, f, h, keys & {"x"}, items - {("x", 1)}, list(values))
print(list(flt), list(c), next(si, None))
