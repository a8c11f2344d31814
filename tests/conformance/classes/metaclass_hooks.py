class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", mcs.__name__, name, [b.__name__ for b in bases], kw)
        return {"prepared": True}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("call", cls.__name__, args)
        inst = super().__call__(*args, **kw)
        inst.via_meta = True
        return inst
    def describe(cls):
        return f"{cls.__name__} tagged {cls.tag}"

class Base(metaclass=Meta, tag="base"):
    x = 1
    def __init__(self, v):
        self.v = v

class Child(Base):
    y = 2

b = Child(5)
print(b.v, b.via_meta, Child.prepared, Child.describe(), type(Child).__name__)
print(isinstance(Child, Meta), type(Base) is Meta, Meta.__mro__[1] is type)
print(hasattr(b, "describe"))

class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        class Recorder(dict):
            def __setitem__(self, k, v):
                print("define", k)
                super().__setitem__(k, v)
        return Recorder()
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls
class Fields(metaclass=Ordered):
    b = 1
    a = 2
    def c(self):
        pass
print(Fields.order)

class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init")
print(Config() is Config())
def func_meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)
class ByFunction(metaclass=func_meta):
    pass
print(ByFunction.made_by, type(ByFunction).__name__)
