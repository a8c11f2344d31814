# contextlib's errors: generators that do not yield once, objects that are not context
# managers, and exceptions raised while exiting.
from contextlib import ExitStack, contextmanager, suppress


@contextmanager
def never_yields():
    if False:
        yield


@contextmanager
def yields_twice():
    yield 1
    yield 2


@contextmanager
def ignores_throw():
    try:
        yield
    except ValueError:
        yield "again"


def run(label, body):
    try:
        body()
        print(label, "ok")
    except Exception as exc:
        print(label, type(exc).__name__ + ":", exc)


def enter_never():
    with never_yields():
        pass


def enter_twice():
    with yields_twice():
        pass


def throw_ignored():
    with ignores_throw():
        raise ValueError("x")


def not_a_manager():
    with ExitStack() as stack:
        stack.enter_context(42)


def stop_iteration_inside():
    with yields_twice():
        raise StopIteration("inside")


def suppress_wrong_kind():
    with suppress(KeyError):
        raise ValueError("not suppressed")


run("never yields", enter_never)
run("yields twice", enter_twice)
run("ignores throw", throw_ignored)
run("not a manager", not_a_manager)
run("StopIteration", stop_iteration_inside)
run("suppress", suppress_wrong_kind)


@contextmanager
def failing_exit():
    yield
    raise OSError("cleanup failed")


with failing_exit():
    print("body done")
print("unreachable")
