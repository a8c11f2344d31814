# Reading an attribute the partially initialized module does not have yet.
import sys

try:
    import _circ_attr_a
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(m for m in sys.modules if m.startswith("_circ")))
import _circ_attr_a
