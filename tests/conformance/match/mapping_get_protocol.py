# Keys are looked up with get(), so defaultdict-like __missing__ never runs and dict
# subclasses can take part through get().
class Defaulting(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0


class Logging(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return super().get(key, default)


d = Defaulting(a=1)
match d:
    case {"a": 1, "b": _}:
        print("matched b")
    case {"a": a}:
        print("only a", a)
print(d)

match Logging(x=1, y=2):
    case {"x": 1, "y": y, "z": z}:
        print("z", z)
    case {"y": y}:
        print("y", y)
