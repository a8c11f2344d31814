a = lambda: 0
b = lambda x: x + 1
c = lambda x, y=2, *args, z, **kw: (x, y, args, z, kw)
d = lambda *, k: k
e = lambda a, /, b: a
f = lambda x=1, /: x
g = lambda: lambda: lambda y: y
h = (lambda: (yield))
i = sorted(items, key=lambda item: item[1])
