def f():
    try:
        raise ValueError("inside f")
    except TypeError:
        print("no")
    finally:
        print("f finally")
try:
    f()
except ValueError as e:
    print("caught", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        pass
    except 5:
        pass
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError:", e)
f()
