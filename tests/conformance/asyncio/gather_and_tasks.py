# gather (results in argument order, return_exceptions), create_task, current_task, names.
import asyncio


async def job(n, delay):
    await asyncio.sleep(delay)
    print("job", n, "finished")
    return n * n


async def failing(n):
    await asyncio.sleep(0.05)
    raise ValueError(f"job {n} failed")


async def main():
    print(await asyncio.gather(job(1, 0.3), job(2, 0.1), job(3, 0.2)))
    print(await asyncio.gather())
    results = await asyncio.gather(job(4, 0.1), failing(5), return_exceptions=True)
    print([type(r).__name__ + ":" + str(r) for r in results])
    try:
        await asyncio.gather(failing(6), job(7, 0.2))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.3)
    task = asyncio.create_task(job(8, 0.1), name="eight")
    print(task.get_name(), task.done())
    print(await task, task.done(), task.result())
    me = asyncio.current_task()
    print(me.get_name(), me is asyncio.current_task(), asyncio.iscoroutinefunction(main))
    same = asyncio.ensure_future(job(9, 0))
    print(await asyncio.gather(same, same))
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.1, fut.set_result, "from callback")
    print(await fut)
    return "done"


print(asyncio.run(main()))
