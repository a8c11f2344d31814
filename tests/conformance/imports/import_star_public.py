# Without __all__, import * takes every name that does not start with an underscore
# (imported modules included).
from _nopublic import *

print(sorted(name for name in dir() if not name.startswith("__")))
print(visible, also_visible, function())
for name in ["_hidden", "__dunder_hidden__", "_sys"]:
    print(name, name in globals())
