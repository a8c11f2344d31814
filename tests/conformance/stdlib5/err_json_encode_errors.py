# json.dumps errors: unserializable objects, bad keys, circular references, NaN when not
# allowed, sort_keys over mixed key types.
import json


def show(label, action):
    try:
        print(label, "->", action())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)


show("object", lambda: json.dumps(object()))
show("set", lambda: json.dumps({1, 2}))
show("bytes", lambda: json.dumps(b"raw"))
show("tuple key", lambda: json.dumps({(1, 2): "x"}))
show("nan disallowed", lambda: json.dumps(float("nan"), allow_nan=False))
show("inf disallowed", lambda: json.dumps([float("inf")], allow_nan=False))
show("indented nan", lambda: json.dumps({"v": float("nan")}, allow_nan=False, indent=2))
show("mixed sort", lambda: json.dumps({1: "a", "b": 2}, sort_keys=True))
loop = {}
loop["self"] = loop
show("circular dict", lambda: json.dumps(loop))
items = [1]
items.append([items])
show("circular list", lambda: json.dumps(items))
show("default raises", lambda: json.dumps(complex(1, 2), default=lambda o: str(o)))
show("default returns self", lambda: json.dumps(object(), default=lambda o: o))
show("bad separators", lambda: json.dumps([1], separators=(",",)))
json.dumps({"when": __import__("sys")})
