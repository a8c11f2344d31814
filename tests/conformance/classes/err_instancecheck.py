for args in [(1, 1), (1, (int, 2)), ("x", "str")]:
    try:
        isinstance(*args)
    except TypeError as e:
        print("TypeError:", e)
for args in [(1, int), (int, 1), (int, (str, 3))]:
    try:
        issubclass(*args)
    except TypeError as e:
        print("TypeError:", e)
class Bad(type):
    def __instancecheck__(cls, obj):
        raise RuntimeError("refusing")
class X(metaclass=Bad):
    pass
try:
    isinstance(1, X)
except RuntimeError as e:
    print("RuntimeError:", e)
print(isinstance(X(), X))
isinstance(1, [int])
