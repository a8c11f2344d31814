# A module-level __getattr__ supplies missing attributes (PEP 562).
import _getattr_mod
from _getattr_mod import lazy_thing

print(_getattr_mod.real)
print(_getattr_mod.lazy_value)
print(lazy_thing)
try:
    _getattr_mod.other
except AttributeError as e:
    print("AttributeError:", e)
import _greet

try:
    _greet.nothing
except AttributeError as e:
    print("AttributeError:", e)
