# OrderedDict (move_to_end, popitem(last), order-sensitive equality) and ChainMap
# (layered lookups, new_child, parents, writes to the first mapping).
from collections import ChainMap, OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, dict(x) == dict(y), x == {"b": 2, "a": 1}, x != y)
print(OrderedDict.fromkeys("xyz", 0), OrderedDict([("k", 1)]), OrderedDict())
print(x | {"c": 3}, {"z": 0} | x, x.copy(), type(x.copy()).__name__)
x.update(c=3)
x.setdefault("d", 4)
print(x, list(reversed(x)), isinstance(x, dict))


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)


cache = LRU(2)
cache.put(1, "one")
cache.put(2, "two")
cache.get(1)
cache.put(3, "three")
print(cache, cache.get(2))

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
settings = ChainMap(cli, env, defaults)
print(settings["user"], settings["color"], len(settings), sorted(settings), "color" in settings)
print(settings.get("missing", "?"), settings.maps[1], dict(settings))
settings["color"] = "blue"
print(cli, defaults["color"], settings["color"])
child = settings.new_child({"user": "root"})
print(child["user"], child.parents["user"], child.maps[0], len(child.maps))
del child["user"]
print(child["user"], settings)
print(ChainMap(), ChainMap({"a": 1}) == {"a": 1}, list(ChainMap({"a": 1}, {"b": 2}).items()))
print(settings.pop("color"), cli, settings.copy())
print(OrderedDict[str, int], ChainMap[str, int])
