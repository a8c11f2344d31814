# An exception escaping a coroutine driven by hand ends the program (exit status 1).
async def level2(n):
    if n > 1:
        raise ZeroDivisionError(f"level {n}")
    return n


async def level1():
    total = 0
    for i in range(3):
        total += await level2(i)
        print("after", i, total)
    return total


coro = level1()
print("start")
coro.send(None)
print("never printed")
