def work():
    try:
        raise ExceptionGroup("batch", [ValueError("a"), OSError("b")])
    except* ValueError:
        raise RuntimeError("handler failed")
try:
    work()
except RuntimeError as e:
    print(type(e).__name__, type(e.__context__).__name__)
def cause():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ExceptionGroup("with cause", [ValueError("v")]) from z
cause()
