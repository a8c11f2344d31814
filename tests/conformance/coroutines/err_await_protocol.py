# Misuse of await, async for and async with: CPython's TypeError and RuntimeError messages.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


def attempt(label, factory):
    try:
        print(label, "->", run(factory()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class NoAwait:
    pass


class AwaitReturnsList:
    def __await__(self):
        return [1, 2]


class AwaitReturnsCoroutine:
    def __await__(self):
        return plain()


class OnlyEnter:
    async def __aenter__(self):
        return self


class SyncEnter:
    def __aenter__(self):
        return 5

    def __aexit__(self, *args):
        return 6


class SyncExit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *args):
        return None


class AiterNoAnext:
    def __aiter__(self):
        return self


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


async def plain():
    return "plain"


async def await_int():
    return await 5


async def await_object():
    return await NoAwait()


async def await_list_iter():
    return await AwaitReturnsList()


async def await_coroutine_from_await():
    return await AwaitReturnsCoroutine()


async def async_for_int():
    async for x in 3:
        pass


async def async_for_list():
    async for x in [1, 2]:
        pass


async def async_for_no_anext():
    async for x in AiterNoAnext():
        pass


async def async_for_bad_anext():
    async for x in AnextNotAwaitable():
        pass


async def async_with_int():
    async with 1:
        pass


async def async_with_only_enter():
    async with OnlyEnter():
        pass


async def async_with_sync_enter():
    async with SyncEnter():
        pass


async def async_with_sync_exit():
    async with SyncExit():
        pass


async def with_on_async_manager():
    with OnlyEnter():
        pass


async def await_twice():
    c = plain()
    first = await c
    second = await c
    return first, second


attempt("await int", await_int)
attempt("await object", await_object)
attempt("__await__ list", await_list_iter)
attempt("__await__ coroutine", await_coroutine_from_await)
attempt("async for int", async_for_int)
attempt("async for list", async_for_list)
attempt("no __anext__", async_for_no_anext)
attempt("bad __anext__", async_for_bad_anext)
attempt("async with int", async_with_int)
attempt("only __aenter__", async_with_only_enter)
attempt("sync __aenter__", async_with_sync_enter)
attempt("sync __aexit__", async_with_sync_exit)
attempt("with async manager", with_on_async_manager)
attempt("await twice", await_twice)

try:
    for x in plain():
        pass
except TypeError as e:
    print("for over coroutine:", e)
c = plain()
try:
    next(c)
except TypeError as e:
    print("next(coroutine):", e)
try:
    c.send(1)
except TypeError as e:
    print("send non-None:", e)
c.close()


def gen():
    yield from plain()


try:
    next(gen())
except TypeError as e:
    print("yield from coroutine:", e)


class Waits:
    def __await__(self):
        yield "pause"


async def awaited_twice_at_once():
    c = sleeper()
    c.send(None)
    await c


async def sleeper():
    await Waits()


attempt("being awaited", awaited_twice_at_once)


async def reenter():
    return me.send(None)


me = reenter()
try:
    me.send(None)
except ValueError as e:
    print("reenter:", e)


async def raises_stop():
    raise StopIteration(5)


try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


async def ignores_exit():
    try:
        await Waits()
    except GeneratorExit:
        await Waits()


ie = ignores_exit()
ie.send(None)
try:
    ie.close()
except RuntimeError as e:
    print("close:", e)
