def convert():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad key") from e
try:
    convert()
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
try:
    implicit()
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

def suppressed():
    try:
        int("x")
    except ValueError:
        raise TypeError("clean") from None
try:
    suppressed()
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

def reraise():
    try:
        raise IndexError("orig")
    except IndexError:
        print("logging")
        raise
try:
    reraise()
except IndexError as e:
    print("reraised", e, e.__context__)

err = ValueError("manual")
err.__cause__ = KeyError("k")
print(err.__suppress_context__)
err.__suppress_context__ = False
print(err.__suppress_context__, repr(err.__cause__))
err.__context__ = TypeError("ctx")
print(repr(err.__context__))
try:
    raise ValueError("with class cause") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
def reraise_other():
    try:
        raise ValueError("a")
    except ValueError as a:
        saved = a
    raise saved
try:
    reraise_other()
except ValueError as e:
    print("saved raised", e, e.__context__)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
def chain3():
    try:
        try:
            raise OSError("one")
        except OSError:
            raise KeyError("two")
    except KeyError:
        raise ValueError("three")
try:
    chain3()
except ValueError as e:
    c = e
    names = []
    while c:
        names.append(type(c).__name__)
        c = c.__context__
    print(names)
e = Exception("x")
print(e.__context__, e.__cause__, e.__traceback__, e.__suppress_context__)
