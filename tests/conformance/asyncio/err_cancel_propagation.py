# CancelledError crossing awaits: cancelling a task that awaits another task, cancel messages
# and uncancel, and a timeout whose cancellation is caught.
import asyncio


async def leaf():
    await asyncio.sleep(5)


async def middle():
    try:
        await asyncio.create_task(leaf())
    except asyncio.CancelledError as e:
        print("middle saw", repr(e))
        raise


async def main():
    t = asyncio.create_task(middle())
    await asyncio.sleep(0.1)
    t.cancel(msg="shutdown")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw", repr(e), t.cancelled(), t.cancelling())
    t2 = asyncio.create_task(leaf())
    await asyncio.sleep(0)
    t2.cancel()
    t2.cancel()
    print("cancelling", t2.cancelling(), "uncancel", t2.uncancel())
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled")
    try:
        async with asyncio.timeout(0.1):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner caught the timeout's cancel")
                raise
    except TimeoutError as e:
        print("TimeoutError from", type(e.__cause__).__name__)
    results = await asyncio.gather(leaf(), asyncio.sleep(0.1, "ok"), return_exceptions=True) \
        if False else None
    print(results)
    g = asyncio.gather(leaf(), leaf())
    await asyncio.sleep(0)
    print("gather cancel", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    raise asyncio.CancelledError("main gives up")


try:
    asyncio.run(main())
except asyncio.CancelledError as e:
    print("run raised", type(e).__name__, e.args)
