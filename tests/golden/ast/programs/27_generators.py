def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from other()
    z = (yield x)
    yield from range(3)
    return "done"

def gen2():
    total = 0
    while True:
        value = yield total
        total += value
