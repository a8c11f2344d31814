# try/except/else/finally, re-raising, raise from, and the exception's args.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("caught:", e, e.args)
        return None
    else:
        print("no error")
        return result
    finally:
        print("finally for", a, b)


print(divide(6, 3), divide(1, 0))


def convert(text):
    try:
        return int(text)
    except ValueError as e:
        raise TypeError(f"cannot convert {text!r}") from e


try:
    convert("x1")
except TypeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
try:
    try:
        [][1]
    except IndexError:
        print("inner handler re-raises")
        raise
except LookupError as e:
    print("outer caught", type(e).__name__, e, isinstance(e, IndexError))
errors = []
for value in ["3", "x", None, "7"]:
    try:
        errors.append(int(value))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
try:
    raise ValueError("bad", 42)
except ValueError as e:
    print(e.args, str(e), repr(e))
try:
    raise KeyError("missing")
except KeyError as e:
    print(str(e), repr(e), e.args[0])
convert("12.5")
