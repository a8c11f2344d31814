def run(excs):
    try:
        raise ExceptionGroup("group", excs)
    except* ValueError as e:
        print("ValueError part:", repr(e))
    except* TypeError as e:
        print("TypeError part:", repr(e))
    except* (KeyError, IndexError) as e:
        print("lookup part:", repr(e))
run([ValueError(1), TypeError(2), KeyError(3)])
run([ValueError(1), ValueError(2)])
try:
    run([ValueError(1), OSError("unhandled")])
except ExceptionGroup as rest:
    print("left over:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked wrapped:", repr(e), type(e).__name__)
try:
    try:
        raise KeyError("not matched")
    except* ValueError:
        print("no")
except KeyError as e:
    print("naked re-raised unchanged:", repr(e))
def handler_raises():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new from handler")
    except* TypeError:
        print("type handled")
try:
    handler_raises()
except ExceptionGroup as e:
    print(repr(e))
    print(repr(e.exceptions[0].__context__))
def reraise_in_handler():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        pass
try:
    reraise_in_handler()
except ExceptionGroup as e:
    print("reraised:", repr(e))
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    print("handled")
else:
    print("no else")
finally:
    print("finally")
try:
    pass
except* ValueError:
    print("never")
else:
    print("else runs")
