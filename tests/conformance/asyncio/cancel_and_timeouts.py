# Task.cancel and CancelledError, wait_for and asyncio.timeout with the virtual clock.
import asyncio


async def slow(label, delay):
    try:
        print(label, "started")
        await asyncio.sleep(delay)
        print(label, "finished")
        return label
    except asyncio.CancelledError:
        print(label, "cancelled")
        raise
    finally:
        print(label, "cleanup")


async def main():
    task = asyncio.create_task(slow("t1", 10))
    await asyncio.sleep(1)
    print("cancel ->", task.cancel("enough"))
    try:
        await task
    except asyncio.CancelledError as e:
        print("awaiting cancelled task:", type(e).__name__, e.args)
    print(task.cancelled(), task.done(), task.cancel())
    try:
        await asyncio.wait_for(slow("t2", 5), timeout=2)
    except asyncio.TimeoutError:
        print("wait_for timed out", asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow("t3", 1), timeout=2))
    try:
        async with asyncio.timeout(1.5) as cm:
            await slow("t4", 3)
    except TimeoutError:
        print("timeout block expired:", cm.expired())
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(1)
    print("in time:", cm.expired())
    loop = asyncio.get_running_loop()
    before = loop.time()
    await asyncio.sleep(2.5)
    print("clock advanced", round(loop.time() - before, 1))

    async def stubborn():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print("stubborn swallows the cancel")
        return "kept going"

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    shielded = asyncio.create_task(slow("t5", 1))
    try:
        await asyncio.wait_for(asyncio.shield(shielded), timeout=0.5)
    except TimeoutError:
        print("shield timed out, task still running:", not shielded.done())
    print(await shielded)


asyncio.run(main())
