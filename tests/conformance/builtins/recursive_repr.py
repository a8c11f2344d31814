# repr of containers that contain themselves shows [...] and {...} instead of recursing.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, a[2][2][0])
d = {"name": "loop"}
d["self"] = d
print(d, str(d))
b = [a, d]
print(b)
c = {"list": a}
a.append(c)
print(a)
outer = [[]]
outer[0].append(outer)
print(outer)
t = ([],)
t[0].append(t)
print(t)
s = {"k": []}
s["k"].append(s)
print(repr(s), f"{s}", "%s" % (s,))
x = []
y = [x]
x.append(y)
print(x, y)
e = []
e.extend([e, e])
print(e)
dd = {}
dd[1] = {2: dd}
print(dd, [dd, dd])


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def __repr__(self):
        return f"Node({self.name}, {self.children})"


root = Node("root")
root.children.append(Node("leaf"))
print(root)
print(a == a, len(str(a)))
