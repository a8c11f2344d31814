# contextlib.ExitStack: callbacks and context managers unwound in reverse order, exceptions
# passed along the stack, suppression, pop_all and close.
from contextlib import ExitStack, contextmanager


@contextmanager
def resource(name, log):
    log.append("open " + name)
    yield name
    log.append("close " + name)


log = []
with ExitStack() as stack:
    names = [stack.enter_context(resource(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    log.append("using " + ",".join(names))
print(log)


class Suppressor:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("suppressor saw", exc_type.__name__ if exc_type else None)
        return True


with ExitStack() as stack:
    stack.enter_context(Suppressor())
    stack.callback(print, "callback runs first")
    raise KeyError("hidden")
print("after suppressed block")


def exit_hook(exc_type, exc, tb):
    print("push hook got", repr(exc))
    return False


try:
    with ExitStack() as stack:
        stack.push(exit_hook)
        raise IndexError("out")
except IndexError as exc:
    print("propagated", exc)

log = []
with ExitStack() as outer:
    outer.enter_context(resource("kept", log))
    moved = outer.pop_all()
print(log)
moved.close()
print(log)


def failing_callback():
    raise ValueError("from callback")


try:
    with ExitStack() as stack:
        stack.callback(failing_callback)
        raise TypeError("original")
except ValueError as exc:
    print("replaced by", repr(exc), "context", repr(exc.__context__))

stack = ExitStack()
stack.callback(print, "closed explicitly", 1, sep=": ")
stack.close()
stack.close()
