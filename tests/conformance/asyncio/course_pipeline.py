# A course-style pipeline: a producer fills a bounded Queue, workers share a Lock-protected
# tally, an Event tells the reporter to finish; the order of events is the event loop's.
import asyncio


async def producer(queue, count):
    for i in range(count):
        await asyncio.sleep(0.05)
        await queue.put(i)
        print(f"produced {i} (queue size {queue.qsize()})")
    for _ in range(2):
        await queue.put(None)


async def worker(name, queue, lock, tally):
    while (item := await queue.get()) is not None:
        await asyncio.sleep(0.12 if name == "slow" else 0.03)
        async with lock:
            tally[name] = tally.get(name, 0) + item
            print(f"{name} handled {item}, tally {dict(sorted(tally.items()))}")
        queue.task_done()
    queue.task_done()
    print(f"{name} exits")


async def reporter(done, tally):
    await done.wait()
    print("report:", sum(tally.values()), sorted(tally))


async def main():
    queue = asyncio.Queue(maxsize=3)
    lock = asyncio.Lock()
    done = asyncio.Event()
    tally = {}
    report = asyncio.create_task(reporter(done, tally))
    workers = [asyncio.create_task(worker(n, queue, lock, tally)) for n in ("fast", "slow")]
    await producer(queue, 8)
    await queue.join()
    done.set()
    await asyncio.gather(report, *workers)
    print("all done", queue.empty(), done.is_set())


asyncio.run(main())
