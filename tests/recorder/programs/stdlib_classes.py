# Objects of the Python-written stdlib modules and a deque kept alive across keyframes, so
# that restoring them from snapshots is exercised: a bounded deque, dataclass instances,
# enum members, and a generator-based context manager open while the steps run.
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum


class Level(Enum):
    LOW = 1
    HIGH = 2


@dataclass
class Job:
    name: str
    level: Level


@contextmanager
def batch(log):
    log.append("open")
    yield log
    log.append("closed")


recent = deque(maxlen=2)
with batch([]) as log:
    for i in range(3):
        recent.append(Job(f"job{i}", Level(i % 2 + 1)))
        log.append(recent[-1].name)
walker = reversed(recent)
recent.rotate(1)
print(recent.popleft(), len(recent), log)
recent.append(Job("last", Level.HIGH))
walker = iter(recent)
names = [job.name for job in walker]
print(names, Level["HIGH"] is recent[-1].level)
