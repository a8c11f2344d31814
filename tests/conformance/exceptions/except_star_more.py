import sys
def nested():
    try:
        raise ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [TypeError("t"), ValueError("w")])])
    except* ValueError as e:
        print("values:", repr(e))
        print("exc_info is group:", sys.exception() is e)
    except* TypeError as e:
        print("types:", repr(e))
nested()
def ordering():
    log = []
    try:
        raise ExceptionGroup("g", [TypeError(1), ValueError(2), TypeError(3)])
    except* ValueError:
        log.append("V")
    except* TypeError as e:
        log.append("T%d" % len(e.exceptions))
    return log
print(ordering())
def with_loop():
    out = []
    for i in range(3):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as e:
            out.append(e.exceptions[0].args[0])
    return out
print(with_loop())
def return_value():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        pass
    return "returned after except*"
print(return_value())
class Custom(ExceptionGroup):
    pass
try:
    raise Custom("c", [ValueError(1), KeyError(2)])
except* ValueError as e:
    print(type(e).__name__, repr(e))
except* KeyError as e:
    print(type(e).__name__, repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")
except ExceptionGroup as eg:
    print([type(x).__name__ for x in eg.exceptions], eg.message)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        raise e
except ExceptionGroup as eg:
    print("raised e:", repr(eg))
name_after = "unset"
try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError as name_after:
    pass
print("name_after" in dir())
try:
    raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
except* (ValueError) as e:
    print(len(e.exceptions))
def finally_after():
    try:
        try:
            raise ExceptionGroup("g", [TypeError()])
        except* ValueError:
            print("no")
        finally:
            print("finally runs with pending group")
    except ExceptionGroup as eg:
        print("pending:", repr(eg))
finally_after()
