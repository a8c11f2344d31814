# Coroutines suspended between the steps of the main program: a scheduler written in Python
# drives them with send(None), so snapshots capture their suspended frames, the awaitables
# they wait on and an async generator between two asend() steps.
class Yield:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        received = yield self.label
        return received


async def child(n):
    total = 0
    for i in range(n):
        total += await Yield(f"child{n}.{i}")
    return total


async def parent(name):
    got = await child(2)
    async with Guard(name):
        extra = await Yield(f"{name} guarded")
    return name, got, extra


class Guard:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)

    async def __aexit__(self, *exc):
        print("exit", self.name)


async def numbers():
    for i in range(3):
        await Yield(f"numbers awaits {i}")
        yield i * 10


async def consume():
    return [x async for x in numbers()]


ready = [(parent("a"), None), (parent("b"), None), (consume(), None)]
results = []
step = 0
while ready:
    coro, value = ready.pop(0)
    try:
        label = coro.send(value)
        print("suspended at", label, type(coro.cr_await).__name__)
        ready.append((coro, step))
    except StopIteration as stop:
        results.append(stop.value)
    step += 1
print(results)
