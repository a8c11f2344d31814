import a.b as c
from .. import (d, e as f)
from __future__ import annotations
global g
async def h(p, /, q: int = 1, *r, s, **t) -> None:
    nonlocal_free = 1
    async with a as (b, c), d:
        async for i in await e:
            yield i
    try:
        pass
    except* ValueError as exc:
        raise exc from None
    finally:
        del p, q[1], r.s
@decorator(1)
class K(Base, metaclass=M):
    x: int = 1
    def m(self):
        nonlocal_name = [y := 3, (z := 4)]
        return super().m(*self, **self)
while (n := n - 1) > 0:
    break
else:
    continue
for a, *b in c:
    assert a, b
with open("f") as f: pass
x += 1; x //= 2; x **= 3; x @= y; x >>= 1
