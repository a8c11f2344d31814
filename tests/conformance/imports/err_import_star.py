# Errors of import *: a name in __all__ that does not exist, a non-str item.
try:
    from _missingall import *
except AttributeError as e:
    print("AttributeError:", e)
print("present" in globals())
try:
    from _badall import *
except TypeError as e:
    print("TypeError:", e)
from _missingall import *
