# Imports. Watch IMPORT_NAME run a module's code once, in a frame of its own, the first
# time it is imported; the second import of the same module only looks it up. `from ...
# import` then copies names into this module's globals (Variables, Globals). With Just My
# Code off (Go menu), stepping into the import of dataclasses enters Rewind's own
# Python-written module.

import math
from collections import namedtuple
import math as m2
from dataclasses import dataclass

Point = namedtuple("Point", "x y")


@dataclass
class Circle:
    center: Point
    radius: float

    def area(self):
        return math.pi * self.radius**2


c = Circle(Point(0, 0), 2.0)
print(m2 is math, round(c.area(), 3), c)
