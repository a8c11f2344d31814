# Exhausted iterators raise StopIteration from next(); the sentinel form too.
z = zip([1], [2])
print(next(z))
print(next(z, "default"))
e = enumerate([])
print(next(e, "empty"))
c = iter(lambda: 1, 1)
print(list(c), next(c, "none"))
r = reversed([1])
print(next(r))
try:
    next(r)
except StopIteration as ex:
    print("StopIteration", ex.args)
next(filter(None, [0, "", None]))
