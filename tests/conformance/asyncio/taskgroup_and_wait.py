# TaskGroup (all children finish; a failure cancels siblings and raises an ExceptionGroup),
# asyncio.wait with FIRST_COMPLETED, and async generators driven by the loop.
import asyncio


async def work(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise RuntimeError(f"{name} failed")
        print(name, "done")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def ticks(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", 0.2))
        t2 = tg.create_task(work("b", 0.1))
        print("group body ends")
    print("results", t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("c", 0.3))
            tg.create_task(work("d", 0.1, fail=True))
            tg.create_task(work("e", 0.5))
    except* RuntimeError as group:
        print("caught", [str(e) for e in group.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("f", 0.1, fail=True))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions))
    tasks = [asyncio.create_task(work(n, d)) for n, d in (("x", 0.3), ("y", 0.1), ("z", 0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    async for i in ticks(3, 0.1):
        print("tick", i)
    print([i async for i in ticks(4, 0)])


asyncio.run(main())
