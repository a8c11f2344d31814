# A course-style pipeline: a producer fills a bounded Queue, a worker keeps a Lock-protected
# tally that an auditor reads, an Event tells the reporter to finish; the order of events is
# the event loop's (the delays keep every two events at least 30 ms of virtual time apart,
# so CPython's real clock orders them the same way).
import asyncio


async def producer(queue, count):
    for i in range(count):
        await asyncio.sleep(0.1)
        await queue.put(i)
        print(f"produced {i} (queue size {queue.qsize()})")
    await queue.put(None)


async def worker(name, queue, lock, tally):
    while (item := await queue.get()) is not None:
        await asyncio.sleep(0.03)
        async with lock:
            tally[name] = tally.get(name, 0) + item
            print(f"{name} handled {item}, tally {dict(sorted(tally.items()))}")
        queue.task_done()
    queue.task_done()
    print(f"{name} exits")


async def auditor(lock, tally):
    for delay in (0.165, 0.2, 0.2):
        await asyncio.sleep(delay)
        async with lock:
            print("audit:", dict(tally), "locked inside:", lock.locked())


async def reporter(done, tally):
    await done.wait()
    print("report:", sum(tally.values()), sorted(tally))


async def main():
    queue = asyncio.Queue(maxsize=3)
    lock = asyncio.Lock()
    done = asyncio.Event()
    tally = {}
    report = asyncio.create_task(reporter(done, tally))
    work = asyncio.create_task(worker("worker", queue, lock, tally))
    audit = asyncio.create_task(auditor(lock, tally))
    await producer(queue, 8)
    await queue.join()
    done.set()
    await asyncio.gather(report, work, audit)
    print("all done", queue.empty(), done.is_set())


asyncio.run(main())
