class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        print("eq called")
        return (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a}, {self.b})"
d = {Key(1, 2): "x"}
print(d[Key(1, 2)])
s = {Key(1, 2), Key(1, 2), Key(2, 1)}
print(len(s))
k = Key(5, 5)
d2 = {k: 1}
print(d2[k])
class Child(Key):
    __hash__ = Key.__hash__
print(hash(Child(1, 2)) == hash(Key(1, 2)))
class Frozen:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __hash__(self):
        return hash(self.v)
print(len({Frozen(1), Frozen(1), Frozen(2)}), Frozen(3) in {Frozen(3)})
