# An async generator left unfinished (break, del) is closed by a task the event loop
# schedules when it dies, as CPython's asyncgen finalizer hook does.
import asyncio
async def agen(name):
    try:
        for i in range(5):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print(name, "cleanup")
async def other():
    for i in range(4):
        print("other", i)
        await asyncio.sleep(0)
async def main():
    t = asyncio.create_task(other())
    async for x in agen("a"):
        if x == 1:
            break
    print("after break")
    await asyncio.sleep(0)
    print("after sleep 1")
    await asyncio.sleep(0)
    print("after sleep 2")
    await t
    gen = agen("b")
    print(await gen.__anext__())
    del gen
    print("deleted")
    await asyncio.sleep(0.5)
    print("end main")
asyncio.run(main())
print("end")
