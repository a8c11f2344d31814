# next() lets a class's StopIteration through as raised, so its value reaches `yield from`
# and `await` even through a wrapper that forwards next(); a default replaces only that.
class Done:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration("the value")


class Forward:
    def __init__(self, inner):
        self.inner = inner

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.inner)

    __await__ = __iter__


try:
    next(Done())
except StopIteration as e:
    print(repr(e.value), e.args)
print(next(Done(), "default"), next(iter([]), "empty"))


def delegate():
    result = yield from Forward(Done())
    print("yield from gave", result)


print(list(delegate()))


async def waiter():
    return await Forward(Done())


coro = waiter()
try:
    coro.send(None)
except StopIteration as stop:
    print("await gave", stop.value)


class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        raise KeyError("not a stop")


try:
    next(Broken(), "default")
except KeyError as e:
    print("KeyError", e)
