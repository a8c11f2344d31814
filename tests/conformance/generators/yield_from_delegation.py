# yield from: return values, send and throw reaching the innermost generator, close
# closing the whole chain.
def inner(tag):
    received = []
    try:
        while len(received) < 2:
            value = yield f"{tag} ready"
            received.append(value)
    except KeyError as e:
        print(tag, "caught", e)
        return f"{tag} aborted"
    finally:
        print(tag, "inner finally")
    return f"{tag} got {received}"


def middle():
    first = yield from inner("one")
    print("middle got:", first)
    second = yield from inner("two")
    print("middle got:", second)
    return "middle done"


def outer():
    result = yield from middle()
    yield f"outer saw {result}"


chain = outer()
print(next(chain))
print(chain.send("a"))
print(chain.send("b"))
print(chain.send("c"))
print(chain.throw(KeyError("stop")))
print(next(chain, "exhausted"))

closing = outer()
next(closing)
closing.close()
print("chain closed")


def counter():
    yield from range(3)
    yield from "ab"
    return (yield from (x * 10 for x in range(2)))


print(list(counter()))


class Echo:
    """An iterator with send and throw, driven through yield from."""

    def __init__(self):
        self.count = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.count += 1
        if self.count > 3:
            raise StopIteration("echo done")
        return self.count

    def send(self, value):
        print("Echo.send", value)
        return self.__next__()

    def throw(self, exc):
        print("Echo.throw", type(exc).__name__)
        raise StopIteration("thrown out")


def delegate():
    result = yield from Echo()
    print("delegate result:", result)
    yield "after"


d = delegate()
print(next(d), d.send("hi"))
print(d.throw(ValueError("x")))
