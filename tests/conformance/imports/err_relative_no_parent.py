# The main program has no package: relative imports fail.
print(__name__, __package__)
for statement in ["from . import _greet", "from .x import y", "from .. import z"]:
    try:
        exec(statement)
    except ImportError as e:
        print(type(e).__name__ + ":", e)
from . import _greet
