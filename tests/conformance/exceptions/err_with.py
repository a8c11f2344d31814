class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        return self
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise KeyError("from exit")
try:
    with ExitRaises():
        raise ValueError("body error")
except KeyError as e:
    print("KeyError:", e, "context:", repr(e.__context__))
try:
    with ExitRaises():
        pass
except KeyError as e:
    print("KeyError:", e, "context:", e.__context__)
class BadExitSig:
    def __enter__(self):
        return self
    def __exit__(self):
        pass
try:
    with BadExitSig():
        pass
except TypeError as e:
    print("TypeError:", e)
with ExitRaises():
    raise ValueError("uncaught body error")
