# import * takes exactly the names in __all__ (private ones too).
from _shapes import *

print(sorted(name for name in dir() if not name.startswith("__")))
print(area(Circle(1)))
print(_helper_listed())
try:
    perimeter
except NameError as e:
    print("NameError:", e)
