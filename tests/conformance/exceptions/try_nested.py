def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except IndexError:
        print("wrong handler")
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except LookupError as e:
        print("level1 caught", repr(e))
        return "handled"
print(level1())
def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as t:
            print("inner", t, repr(t.__context__))
        print("back in outer handler")
handler_raises()
import sys
def show():
    return sys.exc_info()[0]
try:
    raise OSError("os")
except OSError:
    print(show().__name__, sys.exception().args)
print(sys.exc_info(), sys.exception())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
for v in gen():
    print("got", v)
    break
print("after break")
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    except Exception:
        pass
    finally:
        print("while finally", count)
