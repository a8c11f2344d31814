from typing import Callable, Optional

def apply(fn: Callable[[int], int], values: list[int]) -> list[int]:
    return [fn(v) for v in values]

def find(items: dict[str, int], key: str) -> Optional[int]:
    return items.get(key)

Vector = list[float]
