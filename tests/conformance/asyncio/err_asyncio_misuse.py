# Misusing asyncio: CPython's errors for calls outside a running loop, bad arguments and
# futures in the wrong state.
import asyncio


def show(label, action):
    try:
        result = action()
        print(label, "->", result)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


async def answer():
    return 42


show("run(non-coroutine)", lambda: asyncio.run(42))
show("get_running_loop", asyncio.get_running_loop)
coro = answer()
show("create_task outside", lambda: asyncio.create_task(coro))
coro.close()
show("current_task outside", asyncio.current_task)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    show("result not ready", fut.result)
    show("exception not set", fut.exception)
    fut.set_result(1)
    show("set_result twice", lambda: fut.set_result(2))
    show("set StopIteration", lambda: loop.create_future().set_exception(StopIteration()))
    show("nested run", lambda: asyncio.run(answer()))
    show("task of int", lambda: loop.create_task(5))
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("x")
    show("put_nowait full", lambda: q.put_nowait("y"))
    q.get_nowait()
    show("get_nowait empty", q.get_nowait)
    show("task_done", q.task_done)
    show("task_done again", q.task_done)
    show("release unlocked", asyncio.Lock().release)
    show("negative semaphore", lambda: asyncio.Semaphore(-1))
    bounded = asyncio.BoundedSemaphore(1)
    show("bounded over-release", bounded.release)
    show("gather non-awaitable", lambda: asyncio.gather(1))
    show("wait on empty", lambda: asyncio.run(asyncio.wait([])))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("wait([]):", e)
    try:
        await asyncio.wait_for(asyncio.sleep(1, "late"), timeout=0)
    except TimeoutError as e:
        print("wait_for(0):", type(e).__name__, type(e.__cause__).__name__)
    t = asyncio.create_task(answer())
    show("task set_result", lambda: t.set_result(0))
    await t
    cancelled = loop.create_future()
    cancelled.cancel("stop")
    try:
        cancelled.result()
    except asyncio.CancelledError as e:
        print("cancelled result:", e.args, isinstance(e, Exception), isinstance(e, BaseException))
    show("invalid state type", lambda: issubclass(asyncio.InvalidStateError, Exception))


asyncio.run(main())
