# sys.modules caches modules: a module runs once however often it is imported.
import sys

import _greet
import _greet as again
from _greet import hello

print(_greet is again, sys.modules["_greet"] is _greet)


def later():
    import _greet
    return _greet


print(later() is _greet)
del sys.modules["_greet"]
import _greet as fresh

print(fresh is _greet, fresh.calls)


class Fake:
    answer = 42


sys.modules["made_up"] = Fake()
import made_up

print(made_up.answer)
