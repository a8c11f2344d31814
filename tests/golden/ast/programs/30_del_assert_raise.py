del x
del a, b
del a[0], b.c
del (a, b)
del [a, b]
del (a), [b]
assert x
assert x, "message"
assert (x, y)
raise
raise ValueError
raise ValueError("bad") from None
