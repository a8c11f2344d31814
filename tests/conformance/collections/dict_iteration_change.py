# Dict iterators detect a change of size; replacing values is allowed.
d = {"a": 1, "b": 2, "c": 3}
for k in d:
    d[k] = d[k] * 10
print(d)
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
v = iter(d.values())
print(next(v))
d.pop("a")
try:
    next(v)
except RuntimeError as e:
    print("RuntimeError:", e)
r = reversed(d)
print(next(r))
d["new"] = 1
try:
    next(r)
except RuntimeError as e:
    print("RuntimeError:", e)
