# hash of numbers and tuples, identity with id and is, isinstance/issubclass with tuples.
print(hash(1), hash(-1), hash(-2), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 70)))
print(hash(1.0) == hash(1), hash(1.5), hash(-0.5), hash(0.1), hash(1e100), hash(True))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(("a",)) == hash(("a",)))
print(hash(frozenset()), hash(10 ** 20) == hash(10 ** 20 % (2 ** 61 - 1)))
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
print(None is None, id(None) == id(None), (x := object()) is x)
values = [3, 2.5, "s", [1], (1,), {"k": 1}, None, True, range(2)]
for v in values:
    print(repr(v), isinstance(v, (int, float)), isinstance(v, (list, tuple)),
          isinstance(v, (str, (dict, type(None)))), type(v).__name__)
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, (str, int)), issubclass(int, object))
print(isinstance(3, ()), issubclass(float, (int,)), isinstance(int, type), isinstance(type, object))


class Animal:
    pass


class Dog(Animal):
    pass


d = Dog()
print(isinstance(d, Animal), isinstance(d, (str, Dog)), issubclass(Dog, Animal), type(d) is Animal)
print(hash("same") == hash("same"), len({hash(n) for n in range(100)}))
