# An exception escaping the main coroutine leaves asyncio.run (exit status 1); the pending
# task is cancelled on the way out, its cleanup runs first.
import asyncio


async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cleanup")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.1)
    print("main about to fail")
    raise LookupError("no such record")


asyncio.run(main())
print("not reached")
