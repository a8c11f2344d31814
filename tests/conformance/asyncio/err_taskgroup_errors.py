# TaskGroup failures: several child errors in one ExceptionGroup, an error in the body,
# nested groups, and misuse (entering twice, creating tasks outside the block).
import asyncio


async def fail_after(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def ok_after(delay, label):
    try:
        await asyncio.sleep(delay)
        return label
    except asyncio.CancelledError:
        print(label, "cancelled by the group")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0.1, ValueError("first")))
            tg.create_task(fail_after(0.1, KeyError("second")))
            tg.create_task(ok_after(1, "slow"))
    except* ValueError as eg:
        print("ValueErrors:", [repr(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyErrors:", [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok_after(1, "sibling"))
            await asyncio.sleep(0.1)
            raise ZeroDivisionError("body failed")
    except ExceptionGroup as eg:
        print("body error:", eg.message, [type(e).__name__ for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as outer:
            async def nested():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(fail_after(0.05, OSError("deep")))
            outer.create_task(nested())
    except ExceptionGroup as eg:
        print("nested:", eg.exceptions[0].message, eg.exceptions[0].exceptions)
    group = asyncio.TaskGroup()
    coro = ok_after(0, "x")
    try:
        group.create_task(coro)
    except RuntimeError as e:
        print("not entered:", str(e).split(" has ")[1])
    coro.close()
    async with group:
        pass
    try:
        async with group:
            pass
    except RuntimeError as e:
        print("entered twice:", str(e).split(" has ")[1])
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail_after(0.1, RuntimeError("uncaught in group")))


asyncio.run(main())
