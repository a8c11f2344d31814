# Importing a module that does not exist raises ModuleNotFoundError naming it.
for name in ["numpy_not_here", "no_such_module", "pkg.sub.mod"]:
    try:
        __import__(name)
        print(name, "imported")
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name, isinstance(e, ImportError))
try:
    import definitely_not_a_module
except ImportError as e:
    print("ImportError:", e, e.name)
try:
    from sys import no_such_function
except ImportError as e:
    print("ImportError:", e)
try:
    from not_there import something
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
import math, random

print(math.sqrt(16), random.Random(1).random() < 1)
import turtle_graphics_for_kids
