# Coroutines. Watch the Frames view: each `await Sleep(...)` suspends the coroutine's frame
# (greyed, "suspended" at its await, locals kept) and control goes back to run(), which
# resumes the other task with send(). The two workers interleave: their lines alternate in
# the Output view. In the Heap view each coroutine object points at its frame. Step back
# over a send() to see a frame suspend again.


class Sleep:
    # An awaitable: hands the number of ticks to the scheduler and suspends the coroutine
    # that awaits it until the scheduler sends it a value again.
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield self.ticks


async def worker(name, delays):
    done = 0
    for delay in delays:
        print(name, "waits", delay)
        await Sleep(delay)
        done += 1
        print(name, "resumed after", delay)
    return f"{name} finished {done} jobs"


def run(tasks):
    # A tiny event loop on a virtual clock: resume the task that wakes up first.
    waiting = [(0, number, task) for number, task in enumerate(tasks)]
    results = []
    clock = 0
    while waiting:
        waiting.sort()
        clock, number, task = waiting.pop(0)
        try:
            ticks = task.send(None)
        except StopIteration as finished:
            results.append(finished.value)
        else:
            waiting.append((clock + ticks, number, task))
    return clock, results


print(run([worker("tea", [3, 1]), worker("toast", [2, 2])]))
