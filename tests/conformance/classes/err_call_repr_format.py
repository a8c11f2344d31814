class P:
    pass
try:
    P()()
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
try:
    format(P(), "x")
except TypeError as e:
    print("TypeError:", e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, "q")
except ValueError as e:
    print("ValueError:", e)
class Args:
    def __call__(self, a):
        return a
try:
    Args()(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(BadRepr())
