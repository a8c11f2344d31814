# ModuleNotFoundError messages and its name attribute.
import sys

for statement in ["import no_such_module", "import shop.no_such", "import _greet.sub",
                  "from no_such import x", "import nspkg.absent", "import no_such.deeper"]:
    try:
        exec(statement)
    except ModuleNotFoundError as e:
        print(type(e).__name__ + ":", e, "| name:", e.name)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__ + ":", e, "| name:", e.name)
print(issubclass(ModuleNotFoundError, ImportError))
import definitely_missing
