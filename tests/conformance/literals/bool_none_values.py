# bool is a subclass of int; None is the only NoneType value.
print(True, False, None, repr(None), str(True), type(True).__name__, type(None).__name__)
print(True + True, True * 10, False - 1, True / 2, -True, True == 1, False == 0, True is True)
print(isinstance(True, int), issubclass(bool, int), bool.__mro__ if False else bool.__bases__)
print(bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(()), bool(None), bool(set()))
print(bool(1), bool(-1), bool(0.1), bool(" "), bool([0]), bool((None,)), bool(range(1)))
print(int(True), float(False), str(False), f"{True:>6}", f"{True:d}", "%d" % True)
print(sum([True, True, False, True]), max(True, 2), sorted([True, False, 0, 1]))
print(None is None, None == None, None != 0, None is not False, [None] * 2)
print({True: "yes", 1: "one"}, {0: "zero", False: "no"}, len({1, True, 1.0}))
print(not None, not 0, not "x", True and None, None or "default", False or 0 or "last")


def nothing():
    pass


print(nothing(), nothing() is None, print("side effect") is None)
print(hash(True), hash(False), True.real, (True).bit_length(), True & True, False | True)
print(bool.__name__, bool("False"), repr(bool("")), [b for b in (True, False, None) if b is not None])
