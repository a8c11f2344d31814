# A relative import cannot climb above the top-level package.
import sys

try:
    import deep.inner
except ImportError as e:
    print(type(e).__name__ + ":", e)
print("deep.inner" in sys.modules, "deep" in sys.modules)
try:
    import deep.sibling
except ImportError as e:
    print(type(e).__name__ + ":", e.args[0].split(" (")[0], e.name)
import deep.inner
