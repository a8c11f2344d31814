x: int
y: list[int] = []
z: dict[str, "Node"] = {}
self.attr: int = 0
a[0]: str
(b): int = 1
def f(a: int, *b: str, c: "C" = None, **d: bytes) -> list[int]:
    e: float = 1.0
    return [e]
