# asyncio on the virtual clock: two tasks and a queue; the replay must rebuild the frames of
# the event loop, the tasks and their suspended coroutines at every step.
import asyncio


async def produce(queue):
    for i in range(2):
        await asyncio.sleep(0.1)
        await queue.put(i)
    await queue.put(None)


async def consume(queue):
    seen = []
    while (item := await queue.get()) is not None:
        seen.append(item)
    return seen


async def main():
    queue = asyncio.Queue()
    _, seen = await asyncio.gather(produce(queue), consume(queue))
    print(seen)


asyncio.run(main())
