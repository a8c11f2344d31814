# Mapping patterns check keys (extra keys are fine) and match values by sub-pattern.
def handle(message):
    match message:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "radius": r} if r > 0:
            return f"circle r={r}"
        case {"type": kind}:
            return f"unknown kind {kind}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


for m in [{"type": "point", "x": 1, "y": 2, "color": "red"}, {"type": "circle", "radius": 3},
          {"type": "circle", "radius": 0}, {"type": "blob"}, {"other": 1}, {}, [("type", 1)], "x"]:
    print(handle(m))

match {1: "int key", 2.5: "float key", None: "none", True: "bool", -2j: "complex", b"b": "bytes"}:
    case {1: a, 2.5: b, None: c, -2j: d, b"b": e}:
        print(a, b, c, d, e)
