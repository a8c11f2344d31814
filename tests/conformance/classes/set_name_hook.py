class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.owner = owner
        self.name = name

class Model:
    a = Field()
    b = Field()
    def method(self):
        pass

print(Model.a.name, Model.b.owner is Model)
f = Field()
class Late:
    pass
Late.x = f
print(hasattr(f, "name"))
f.__set_name__(Late, "x")
C = type("C", (), {"c": Field()})
print(C.c.name)
class Sub(Model):
    d = Field()
class Noisy:
    def __set_name__(self, owner, name):
        print("noisy", name, "sees", sorted(k for k in owner.__dict__ if not k.startswith("__")))
class Both:
    first = Noisy()
    second = Noisy()
