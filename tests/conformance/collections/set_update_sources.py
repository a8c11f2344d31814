# update() and set() from sets, dicts, dict views, strings, ranges and iterators.
d = {"k" + str(i): i for i in range(8)}
print(set(d), set(d.keys()), set(d.values()), set(d.items()) == set(zip(d, d.values())))
s = set()
s.update(d)
print(s)
s = set()
s.update(d.keys())
print(s)
s = {1}
s.update(iter([5, 4, 3]), range(7, 9), map(abs, [-2]))
print(s)
print(set(enumerate("ab")), set(zip("ab", "ab")), set(reversed([3, 2, 1])))
print(frozenset(filter(None, [0, 1, 2])))
