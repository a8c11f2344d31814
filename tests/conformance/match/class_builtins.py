# Built-in types match themselves with one positional sub-pattern: int(x), str(s), ...
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n):
            return f"int {n}"
        case float(f) if f != f:
            return "nan"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": value}):
            return f"dict with k={value}"
        case bytes(b) | bytearray(b):
            return f"binary {b!r}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case _:
            return f"other {type(v).__name__}"


for v in [True, 0, 7, float("nan"), 2.5, "", "hi", [4, 5], (1, 2, 3), {"k": 9}, {1, 2}, frozenset(), b"ab", bytearray(b"c"), None, []]:
    print(kind(v))


class MyList(list):
    pass


class Tagged(dict):
    __match_args__ = ("tag",)
    tag = "t"


match MyList([5]):
    case list(x):
        print("subclass matches itself:", x, type(x).__name__)
match Tagged(a=1):
    case Tagged(r):
        print("own __match_args__:", r, type(r).__name__)
    case dict(d):
        print("unexpected", d)
