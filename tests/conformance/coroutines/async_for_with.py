# async for over __aiter__/__anext__ objects and async generators, async with managers.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


async def ticks(n):
    for i in range(n):
        yield i * 10


async def main():
    async for x in Countdown(3):
        print("countdown", x)
    else:
        print("loop else")
    async for x in ticks(5):
        if x == 30:
            break
        if x == 10:
            continue
        print("tick", x)
    async with Resource("a") as r, Resource("b") as s:
        print("body", r.name, s.name)
    async with Resource("c", suppress=True):
        raise KeyError("hidden")
    print("after suppress")
    try:
        async with Resource("d"):
            raise ValueError("shown")
    except ValueError as e:
        print("propagated", e)
    for name in ("e", "f"):
        async with Resource(name):
            if name == "e":
                continue
            print("inside", name)
    return "main done"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


print(run(main()))


async def early_return():
    async with Resource("ret"):
        async for v in Countdown(5):
            if v == 2:
                return v


print(run(early_return()))
