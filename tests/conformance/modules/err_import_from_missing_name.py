# Importing a name a module does not have is an ImportError; a missing module is uncaught here.
for statement in ["from sys import nothing_here", "from math import *", "import math.sqrt",
                  "from itertools import chain, not_a_tool"]:
    try:
        exec(statement)
        print("ok:", statement)
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError:", e)
    except ImportError as e:
        print("ImportError:", e, "| name:", e.name)
print(type(ModuleNotFoundError.__mro__[1]).__name__, ModuleNotFoundError.__mro__[1].__name__)
import graphics_for_beginners.shapes
