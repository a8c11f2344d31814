# json.dumps and json.dump: indent, sort_keys, separators, ensure_ascii, default, cls.
import json

record = {
    "name": "Zoë",
    "tags": ["a", "b"],
    "scores": (9.5, 7, -0.0, 1e20, 1.5e-7),
    "active": True,
    "spouse": None,
    "nested": {"z": [], "a": {}, "m": [{}]},
    3: "int key",
    2.5: "float key",
    False: "bool key",
}
print(json.dumps(record))
print(json.dumps(record, ensure_ascii=False))
print(json.dumps(record, indent=2, sort_keys=False))
print(json.dumps({"b": 1, "a": [1, [2, 3]], "c": "x"}, indent=4, sort_keys=True))
print(json.dumps({"b": 1, "a": 2}, indent="\t"))
print(json.dumps([1, 2, {"k": "v"}], separators=(",", ":")))
print(json.dumps({"k": [1, 2]}, indent=0))
print(json.dumps("tab\there \"quoted\" back\\slash \u0001 \u007f \u2603 \U0001f600"))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
print(json.dumps(10**30), json.dumps(0.1 + 0.2), json.dumps(""), json.dumps([]))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode_point(obj):
    if isinstance(obj, Point):
        return {"x": obj.x, "y": obj.y}
    raise TypeError(f"cannot encode {type(obj).__name__}")


print(json.dumps([Point(1, 2), Point(3, 4)], default=encode_point))


class SetEncoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, (set, frozenset)):
            return sorted(obj)
        return super().default(obj)


print(json.dumps({"s": {3, 1, 2}}, cls=SetEncoder, sort_keys=True))
print(SetEncoder(indent=1).encode({"f": frozenset([2, 1])}))
print(json.dumps({"a": 1, "b": 2}, skipkeys=True), json.dumps({(1, 2): 3, "ok": 4}, skipkeys=True))


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


sink = Sink()
json.dump({"x": [1, 2]}, sink, indent=2)
print("".join(sink.parts))
print(json.loads(json.dumps(record)) == {str(k).lower() if not isinstance(k, str) else k: v for k, v in record.items()})
