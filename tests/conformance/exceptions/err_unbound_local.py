def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def g():
    def inner():
        return y
    return inner()
    y = 2
try:
    g()
except NameError as e:
    print(type(e).__name__ + ":", e)
def h():
    del z
    z = 1
try:
    h()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    assert 1 > 2, "math broke"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError:", repr(e))
f()
