# from-import of a name the partially initialized module has not defined yet.
import sys


def strip(text):
    return text.replace(sys.path[0] + "/", "") if sys.path[0] else text


try:
    import _circ_from_a
except ImportError as e:
    print(type(e).__name__ + ":", strip(str(e)))
    print(e.name, strip(e.path))
print("_circ_from_a" in sys.modules, "_circ_from_b" in sys.modules)
import _circ_from_a
