# Or-patterns try alternatives left to right; all must bind the same names.
def kind(v):
    match v:
        case 0 | 1 | 2:
            return "small"
        case "a" | "e" | "i" | "o" | "u":
            return "vowel"
        case [x] | (x, _) | {"x": x}:
            return f"x={x}"
        case [a, b] | [b, a, _]:
            return f"a={a} b={b}"
        case None | True:
            return "flag"
        case _:
            return "other"


for v in [0, 2, 3, "e", "z", [9], (8, 0), {"x": 7}, [1, 2, 3, 4], [5, 6, 7], None, True, False]:
    print(repr(v), kind(v))
