def raise_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    raise_in_finally()
except TypeError as e:
    print("TypeError:", e, "context:", repr(e.__context__))
def finally_reraises():
    try:
        return 1
    finally:
        raise KeyError("finally error")
try:
    finally_reraises()
except KeyError as e:
    print("KeyError:", e, e.__context__)
def loop():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                raise IndexError(i)
try:
    loop()
except IndexError as e:
    print("IndexError:", e)
raise_in_finally()
