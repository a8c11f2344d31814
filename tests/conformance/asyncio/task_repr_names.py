# Task and Future reprs as CPython shows them (state, name, coroutine and where it is
# suspended, what it waits for, its result) and how tasks are named.
import asyncio

# CPython's __file__ is absolute: the reprs show the file name without its folder.
FOLDER = __file__[: len(__file__) - len("task_repr_names.py")]


def show(*objects):
    print(*(repr(o).replace(FOLDER, "") if FOLDER else repr(o) for o in objects))


async def worker(n):
    await asyncio.sleep(n)
    return list(range(n * 5))


async def failing():
    await asyncio.sleep(0)
    raise ValueError("bad input")


async def main():
    t = asyncio.create_task(worker(2), name="downloader")
    show(t)
    await asyncio.sleep(0)
    show(t)
    await t
    show(t)
    anonymous = asyncio.create_task(worker(0))
    print(anonymous.get_name())
    show(anonymous)
    named_by_loop = asyncio.get_running_loop().create_task(worker(0), name="by-loop")
    after = asyncio.create_task(worker(0))
    print(named_by_loop.get_name(), after.get_name())
    await asyncio.gather(anonymous, named_by_loop, after)
    bad = asyncio.create_task(failing())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    show(bad)
    print(type(bad.exception()).__name__)
    fut = asyncio.get_running_loop().create_future()
    show(fut)
    fut.set_result("x" * 50)
    show(fut)
    cancelled = asyncio.get_running_loop().create_future()
    cancelled.cancel()
    show(cancelled)
    slow = asyncio.create_task(worker(5))
    await asyncio.sleep(0)
    slow.cancel()
    show(slow)
    try:
        await slow
    except asyncio.CancelledError:
        show(slow)


asyncio.run(main())
