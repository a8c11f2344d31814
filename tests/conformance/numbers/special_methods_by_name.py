# int's and float's special methods can be called by name, and round(), math.floor/ceil/trunc
# and divmod() call the ones a subclass overrides.
import math

print((7).__round__(), (1234).__round__(-2), (1250).__round__(-2), (7.5).__round__(), (2.675).__round__(2))
print((7).__floor__(), (-7).__ceil__(), (True).__trunc__(), (2.5).__floor__(), (-2.5).__ceil__(), (-2.5).__trunc__())
print((7).__divmod__(2), (7).__rdivmod__(2), (7.5).__divmod__(2), (7.5).__rdivmod__(2), (7).__divmod__(2.0))
print((5).__getnewargs__(), (2.5).__getnewargs__(), "ab".__getnewargs__(), b"xy".__getnewargs__(), (1, 2).__getnewargs__())
print(float.__getformat__("double"), b"ab".__bytes__(), range(0).__bool__(), range(2).__bool__())


class Money(int):
    def __round__(self, ndigits=None):
        return f"round {int(self)} to {ndigits}"

    def __floor__(self):
        return "floor"


class Celsius(float):
    def __trunc__(self):
        return "trunc"

    def __divmod__(self, other):
        return ("divmod", float(self), other)


print(round(Money(5)), round(Money(5), 2), math.floor(Money(5)), math.ceil(Money(5)), math.trunc(Money(5)))
print(math.trunc(Celsius(2.5)), math.floor(Celsius(2.5)), round(Celsius(2.5)), divmod(Celsius(2.5), 2))


class Plain(int):
    pass


print(round(Plain(1249), -1), type(round(Plain(3))).__name__, type(math.floor(Plain(3))).__name__)
print(divmod(True, 2), divmod(-7, 2), divmod(-7.5, 2), (7).__divmod__("x"), (7.5).__divmod__("x"))

try:
    (1.0).__divmod__(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for bad in (float("nan"), float("inf")):
    try:
        bad.__floor__()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    float.__getformat__("long")
except ValueError as e:
    print("ValueError:", e)
try:
    (3).__round__("2")
except TypeError as e:
    print("TypeError:", e)
