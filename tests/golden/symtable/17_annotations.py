x: int = 1
y: "str"


def typed(a: int, *, b: str = "") -> bool:
    c: float = 1.5
    d: list
    return bool(a) and c > 0
