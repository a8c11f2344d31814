# Changing a set while iterating over it is a RuntimeError.
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(s) > 3)
t = {1, 2, 3}
it = iter(t)
print(next(it))
t.discard(2)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(it)
except RuntimeError as e:
    print("again:", e)
u = {1, 2}
for x in u:
    u.discard(x)
    u.add(x)
print(u)
