import os, sys as system
from collections import defaultdict


@decorator(arg=1)
class Point(Base, metaclass=Meta):
    """A point."""

    x: int = 0

    def __init__(self, x, *args, y=2, **kwargs):
        super().__init__()
        self.x = x

    async def fetch(self):
        async with lock:
            await asyncio.sleep(0.5)
        return [i ** 2 for i in range(10) if i % 2]


match command.split():
    case [action]:
        pass
    case [action, obj, *rest] if obj:
        print(f"{action} {obj!r}")
    case _:
        raise ValueError("bad") from None

try:
    x = lambda a, b=1: a + b
except (TypeError, KeyError) as exc:
    del exc
finally:
    global counter
    counter += 1
with open("f") as fh, open("g") as gh: yield from gen()
