def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def relay():
    result = yield from countdown(3)
    yield result


ticks = countdown(2)
first = next(ticks)
print(first, list(relay()), sum(x * x for x in range(4)))
print(next(ticks), list(ticks))
