class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append("get " + name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)

class Target:
    pass
t = Target()
p = Proxy(t)
p.a = 1
print(p.a, t.a)
del p.a
print(hasattr(t, "a"))
print(p.log)

class Counted:
    def __init__(self):
        self.hits = 0
    def __getattribute__(self, name):
        if name != "hits":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
    def method(self):
        return "m"
c = Counted()
print(c.magic, c.method(), c.hits)

class Fallback:
    x = 1
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom missing")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback:" + name
f = Fallback()
print(f.x, f.boom, f.other)
print(getattr(f, "zzz"))

class Frozen:
    def __init__(self):
        super().__setattr__("value", 1)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
fr = Frozen()
print(fr.value)
for action in (lambda: setattr(fr, "value", 2), lambda: delattr(fr, "value")):
    try:
        action()
    except AttributeError as e:
        print(e)

class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dyn()
print(d.get_thing())
print(hasattr(d, "other"))
