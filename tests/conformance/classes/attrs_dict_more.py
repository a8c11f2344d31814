class Config:
    defaults = {"debug": False}
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def get(self, key):
        return self.__dict__.get(key, type(self).defaults.get(key))
c = Config(level=3, name="x")
print(sorted(c.__dict__.items()), c.get("level"), c.get("debug"), c.get("nope"))
c.defaults = {"own": True}
print(c.defaults, Config.defaults)
del c.defaults
print(c.defaults is Config.defaults)
class Counter:
    total = 0
    def inc(self):
        self.total += 1
        return self.total
k = Counter()
print(k.inc(), k.inc(), Counter.total, k.__dict__)
print(vars(Counter)["total"], "inc" in vars(Counter))
class Empty:
    pass
e = Empty()
print(e.__dict__, vars(e))
e.__dict__["late"] = 1
print(e.late, getattr(e, "late"))
