class Plain:
    pass
class EqOnly:
    def __eq__(self, o):
        return True
class EqAndHash:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, EqAndHash) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
class InheritsEq(EqAndHash):
    pass
class OverridesEq(EqAndHash):
    def __eq__(self, o):
        return False
class Unhashable:
    __hash__ = None

print(type(hash(Plain())).__name__)
print(EqOnly.__hash__, Unhashable.__hash__)
print(len({EqAndHash(1), EqAndHash(1), EqAndHash(2)}))
print(InheritsEq.__hash__ is EqAndHash.__hash__, OverridesEq.__hash__)
print({EqAndHash("a"): 1}[EqAndHash("a")])
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))
p = Plain()
print(hash(p) == hash(p), p == p, p != p)
print(EqOnly.__dict__["__hash__"], "__hash__" in Plain.__dict__)
