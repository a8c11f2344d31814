# Comparing two different self-referencing lists recurses without end: RecursionError.
a = [1]
a.append(a)
b = [1]
b.append(b)
print(a is a, a == a, a[1] is a)


c = {"k": None}
c["k"] = c
print(c == c, c)
d = {"k": None}
d["k"] = d
try:
    print(c == d)
except RecursionError as e:
    print("RecursionError:", e)
print(a == b)
