# Generator errors with CPython's messages: running generators, non-None first send,
# StopIteration inside a generator (PEP 479), ignored GeneratorExit, bad throw arguments.
def show(label, action):
    try:
        print(label, "->", action())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


def reenter():
    yield next(self_gen)


self_gen = reenter()
show("reentrant next", lambda: next(self_gen))


def simple():
    x = yield 1
    yield x


g = simple()
show("send non-None first", lambda: g.send(5))
show("next", lambda: next(g))


def leaks_stop():
    yield 1
    raise StopIteration("inner")


lg = leaks_stop()
next(lg)
try:
    next(lg)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__), e.__suppress_context__)


def stubborn():
    for _ in range(2):
        try:
            yield "still here"
        except GeneratorExit:
            print("ignoring GeneratorExit")


s = stubborn()
next(s)
show("close stubborn", s.close)
show("finish stubborn", lambda: next(s))
show("throw non-exception", lambda: simple().throw(42))
show("throw instance with value", lambda: simple().throw(ValueError("a"), "b"))
fresh = simple()
show("throw into fresh", lambda: fresh.throw(KeyError("early")))
show("fresh is closed", lambda: next(fresh))
show("send to finished", lambda: fresh.send(None))


def raises_inside():
    yield 1
    return {}["missing"]


ri = raises_inside()
next(ri)
show("error inside", lambda: next(ri))
show("after error", lambda: next(ri))
show("not an iterator", lambda: next([1, 2]))
show("yield from int", lambda: list((lambda: (yield from 5))()))
