# Wildcards inside sequences, mappings and classes skip values without binding them.
def shape(value):
    match value:
        case [_]:
            return "one item"
        case [_, _]:
            return "two items"
        case [_, _, *_]:
            return "three or more"
        case {"id": _}:
            return "has an id"
        case int(_):
            return "an int"
        case _:
            return "other"


for v in [[1], (1, 2), [1, 2, 3, 4], {"id": 0, "x": 1}, {"no": 1}, 5, "str"]:
    print(repr(v), shape(v))
