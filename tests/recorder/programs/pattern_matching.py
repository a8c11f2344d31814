# Every kind of pattern, so the replay steps through each MATCH_* instruction.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def describe(v):
    match v:
        case 0 | None:
            return "nothing"
        case [x, *rest]:
            return f"list {x} {rest}"
        case {"k": value, **others}:
            return f"dict {value} {others}"
        case Point(0, y=y):
            return f"on y {y}"
        case Point(x, y) as p if x == y:
            return f"diagonal {p.x}"
        case str(s):
            return "str " + s
        case _:
            return "other"


for v in [0, None, [1, 2, 3], {"k": 1, "j": 2}, Point(0, 5), Point(2, 2), Point(1, 2), "s", 4.5]:
    print(describe(v))
