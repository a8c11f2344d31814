def run(fail, catch=True):
    log = []
    try:
        log.append("body")
        if fail:
            raise ValueError("v")
        log.append("body end")
    except ValueError as e:
        log.append("except " + str(e))
        if not catch:
            raise
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(run(False))
print(run(True))
try:
    run(True, catch=False)
except ValueError:
    print("propagated")

def only_finally(fail):
    try:
        if fail:
            raise KeyError("k")
        return "returned"
    finally:
        print("cleanup", fail)
print(only_finally(False))
try:
    only_finally(True)
except KeyError as e:
    print("KeyError", e)

def multi(exc):
    try:
        raise exc
    except (TypeError, ValueError) as e:
        return "tuple " + type(e).__name__
    except LookupError as e:
        return "lookup " + type(e).__name__
    except ArithmeticError:
        return "arith"
    except:
        return "bare"
for exc in (TypeError, ValueError("x"), KeyError, IndexError("i"), ZeroDivisionError, RuntimeError):
    print(multi(exc))

def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
try:
    else_raises()
except ValueError as e:
    print("caught", e)
try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
e = "kept?"
try:
    raise ValueError
except ValueError as e:
    pass
print("e" in dir())
for i in range(3):
    try:
        if i == 1:
            continue
        print("loop body", i)
    finally:
        print("loop finally", i)
try:
    pass
finally:
    print("plain finally")
