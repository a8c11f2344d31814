# contextlib.contextmanager: setup before the yield, teardown after it, exceptions thrown
# into the generator, suppression by catching, and use as a decorator.
from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as value:
    print("inside", value)

with tag("outer"):
    with tag("inner"):
        print("nested")

try:
    with tag("div"):
        raise ValueError("boom")
except ValueError as exc:
    print("propagated:", exc)


@contextmanager
def ignoring(*kinds):
    try:
        yield
    except kinds as exc:
        print("ignored", type(exc).__name__)


with ignoring(KeyError, ZeroDivisionError):
    {}["missing"]
with ignoring(ZeroDivisionError):
    print(1 / 0)
print("still running")


@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception:
        log.append("rollback")
        raise
    else:
        log.append("commit")


log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        log.append("bad work")
        raise RuntimeError("fail")
except RuntimeError:
    pass
print(log)


@tag("decorated")
def greet(who):
    print("hello", who)
    return who


print(greet("ann"), greet("bob"))
print(greet.__name__)


@contextmanager
def counter():
    state = {"n": 0}
    yield state
    print("final count", state["n"])


with counter() as c:
    for _ in range(5):
        c["n"] += 1
