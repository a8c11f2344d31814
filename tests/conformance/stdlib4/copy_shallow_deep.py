# copy.copy and copy.deepcopy of built-in containers, nested structures, shared references
# and cycles, and instances of classes.
import copy

nested = [1, [2, 3], {"k": [4]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append(99)
nested[2]["k"].append(98)
print(shallow, deep, shallow[1] is nested[1], deep[1] is nested[1])

shared = [0]
pair = [shared, shared]
pair_copy = copy.deepcopy(pair)
print(pair_copy[0] is pair_copy[1], pair_copy[0] is shared)

cycle = [1]
cycle.append(cycle)
cycle_copy = copy.deepcopy(cycle)
print(cycle_copy[1] is cycle_copy, cycle_copy is not cycle)

t = (1, 2, [3])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
print(copy.deepcopy(t)[2] is t[2])
for value in (5, "s", 2.5, None, True, (1, 2), frozenset({1}), range(3), len, int):
    print(type(value).__name__, copy.copy(value) is value, copy.deepcopy(value) is value)
d = {"a": {1, 2}, "b": [{"x": 1}]}
dc = copy.deepcopy(d)
dc["b"][0]["x"] = 2
print(d, dc, copy.copy(d) == d, copy.copy(d) is d)
s = {1, 2}
print(copy.copy(s), copy.copy(s) is s)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.history = []

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.history})"


p = Point(1, 2)
p.history.append("created")
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.history.append("moved")
print(p2, p3, type(p3).__name__, p2.history is p.history)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


s1 = Slotted()
s2 = copy.deepcopy(s1)
print(s2.a, s2.a is s1.a, hasattr(s2, "b"))


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = "t"
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.tag, ml2[1] is ml[1])
memo = {}
first = copy.deepcopy([p], memo)
print(first[0] is memo[id(p)], len(memo) > 0)
