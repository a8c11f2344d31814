# fields(), asdict(), astuple(), replace(), is_dataclass() and make_dataclass().
import dataclasses
from dataclasses import asdict, astuple, dataclass, field, fields, is_dataclass, replace


@dataclass
class Address:
    city: str
    zip_code: str = "00000"


@dataclass
class Person:
    name: str
    age: int
    address: Address
    tags: list = field(default_factory=list, metadata={"unit": "words"})
    scores: dict = field(default_factory=dict)


p = Person("ann", 30, Address("paris"), ["a", "b"], {"x": Address("rome", "1")})
for f in fields(p):
    print(f.name, f.type.__name__, f.default is dataclasses.MISSING,
          f.default_factory is dataclasses.MISSING, dict(f.metadata))
print(asdict(p))
print(astuple(p))
d = asdict(p)
d["tags"].append("c")
print(p.tags, d["tags"])
older = replace(p, age=31)
print(older.age, p.age, older.address is p.address)
print(is_dataclass(p), is_dataclass(Person), is_dataclass(dict), is_dataclass(3))
print(asdict(Address("oslo"), dict_factory=lambda pairs: sorted(pairs)))
print(astuple(Address("oslo"), tuple_factory=list))

Pair = dataclasses.make_dataclass("Pair", [("left", int), ("right", int, field(default=0))])
print(Pair(1), Pair(1, 2) == Pair(1, 2), [f.name for f in fields(Pair)])
Named = dataclasses.make_dataclass("Named", ["a", "b"], namespace={"total": lambda self: self.a + self.b})
print(Named(1, 2).total(), Named.__name__)
print([f.name for f in fields(Pair(3))])
