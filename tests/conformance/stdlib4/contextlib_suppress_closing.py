# contextlib.suppress, closing, nullcontext, redirect_stdout and AbstractContextManager.
import contextlib
import sys
from contextlib import closing, nullcontext, suppress

with suppress(KeyError):
    {}["x"]
print("KeyError suppressed")

with suppress(LookupError):
    [][3]
print("IndexError suppressed through its base")

with suppress():
    print("suppress() with nothing to suppress")

for exc in (ValueError, TypeError):
    try:
        with suppress(ValueError):
            raise exc("raised")
        print(exc.__name__, "suppressed")
    except TypeError as e:
        print(exc.__name__, "escaped:", e)


class Connection:
    def __init__(self, name):
        self.name = name
        self.open = True

    def close(self):
        self.open = False
        print("closing", self.name)


with closing(Connection("db")) as conn:
    print(conn.name, conn.open)
print(conn.open)

try:
    with closing(Connection("net")):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("closed despite", e)


def process(data, lock=None):
    with lock if lock is not None else nullcontext() as held:
        print("processing", data, "holding", held)


process([1, 2])
with nullcontext("value") as v:
    print(v)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass


collector = Collector()
with contextlib.redirect_stdout(collector):
    print("captured line")
print("captured:", "".join(collector.parts).strip(), sys.stdout is sys.__stdout__)


class Managed(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print("exit", exc[0])


with Managed() as m:
    print(type(m).__name__)
