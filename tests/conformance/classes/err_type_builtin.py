for args in [(), (1, 2), ("X", (), {}, 4)]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    type("X", (int, str), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), {"__qualname__": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (type(None),), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(1, "X", (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(name="X", bases=(), dict={})
except TypeError as e:
    print("TypeError:", e)
type("Z", "not a tuple", {})
