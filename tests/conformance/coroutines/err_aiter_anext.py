# The builtins aiter() and anext() (with and without a default) and their TypeErrors.
import asyncio
async def g():
    yield 1
    yield 2
async def main():
    it = aiter(g())
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    for bad in (lambda: aiter(1), lambda: anext(1), lambda: aiter(), lambda: anext(), lambda: anext(it, 1, 2), lambda: aiter(1, 2)):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    class Bad:
        def __aiter__(self):
            return 5
    try:
        aiter(Bad())
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
