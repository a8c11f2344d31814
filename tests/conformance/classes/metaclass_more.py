class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
    def __repr__(cls):
        return f"<registered {cls.__name__}>"
    def __len__(cls):
        return len(Registry.classes)
    def __iter__(cls):
        return iter(Registry.classes)
    def __getitem__(cls, i):
        return Registry.classes[i]
    def __or__(cls, other):
        return f"{cls.__name__}|{other.__name__}"
class A(metaclass=Registry): pass
class B(A): pass
print(A, repr(B), len(A), list(B), A[1], A | B)
class Attr(type):
    @property
    def upper(cls):
        return cls.__name__.upper()
    meta_value = 10
class U(metaclass=Attr):
    pass
print(U.upper, U.meta_value, hasattr(U(), "meta_value"))
class M1(type): pass
class M2(M1): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
class C3(C1, C2): pass
print(type(C3).__name__)
N = M2("N", (), {"v": 1})
print(type(N).__name__, N.v)
class Abstractish(type):
    def __new__(mcs, name, bases, ns):
        for k, v in ns.items():
            if callable(v) and k.startswith("must_"):
                print("checked", name, k)
        return super().__new__(mcs, name, bases, ns)
class Impl(metaclass=Abstractish):
    def must_run(self):
        return 1
print(Impl().must_run())
print(type(type), type(object), isinstance(type, type), isinstance(object, type), issubclass(type, object))
