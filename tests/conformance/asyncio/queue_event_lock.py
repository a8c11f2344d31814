# Queue (producer/consumer, join/task_done, maxsize), Event, Lock, Semaphore, Condition.
import asyncio


async def producer(queue, items):
    for item in items:
        await queue.put(item)
        print("put", item, "size", queue.qsize())
    await queue.put(None)


async def consumer(name, queue, results):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            print(name, "stops")
            return
        await asyncio.sleep(0.1)
        results.append((name, item))
        print(name, "got", item)
        queue.task_done()


async def queue_demo():
    queue = asyncio.Queue(maxsize=2)
    results = []
    prod = asyncio.create_task(producer(queue, ["a", "b", "c", "d"]))
    cons = asyncio.create_task(consumer("worker", queue, results))
    await queue.join()
    await asyncio.gather(prod, cons)
    print(results, queue.empty(), queue.full(), queue.maxsize)
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])


async def waiter(name, event):
    print(name, "waits")
    await event.wait()
    print(name, "released")


async def event_demo():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.1)
    print("setting, is_set:", event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    print("is_set:", event.is_set())
    event.clear()
    print("cleared:", event.is_set())


async def locked_section(name, lock, shared):
    async with lock:
        value = shared["count"]
        await asyncio.sleep(0.01)
        shared["count"] = value + 1
        print(name, "incremented to", shared["count"], "locked:", lock.locked())


async def lock_demo():
    lock = asyncio.Lock()
    shared = {"count": 0}
    await asyncio.gather(*(locked_section(f"L{i}", lock, shared) for i in range(4)))
    print("final", shared["count"], lock.locked())


async def limited(name, sem, active, peak):
    async with sem:
        active.append(name)
        peak[0] = max(peak[0], len(active))
        print(name, "in, active", len(active))
        await asyncio.sleep(0.1)
        active.remove(name)
    print(name, "out")


async def semaphore_demo():
    sem = asyncio.Semaphore(2)
    active, peak = [], [0]
    await asyncio.gather(*(limited(f"S{i}", sem, active, peak) for i in range(5)))
    print("peak", peak[0])


async def condition_demo():
    cond = asyncio.Condition()
    ready = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: ready)
            print("consumer", n, "sees", ready)

    tasks = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        ready.append("data")
        cond.notify_all()
    await asyncio.gather(*tasks)


async def main():
    await queue_demo()
    await event_demo()
    await lock_demo()
    await semaphore_demo()
    await condition_demo()


asyncio.run(main())
