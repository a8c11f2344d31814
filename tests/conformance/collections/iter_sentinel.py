# iter(callable, sentinel) calls until the sentinel comes back.
data = [1, 2, 3, 0, 4]
print(list(iter(data.pop, 2)))
print(data)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
it = iter(tick, 8)
print(type(it).__name__, next(it), next(it), list(it), next(it, "stop"))
lines = ["a", "b", "", "c"]
print([x for x in iter(lambda: lines.pop(0), "")], lines)
print(list(iter([3, 4])), list(iter("ab")))
