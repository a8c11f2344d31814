# The compiler folds what CPython's AST optimizer folds: operators and subscripts on constants
# (within its size limits), tuples of constants, and the list or set that a for loop or a
# final `in` only looks through. What would raise is left to run time.
def folded():
    return -5, 2**10, not True, ~1, "ab" * 2, "abc"[1], (1, (2, -3)), 1 + 2j, -0.0


def left_alone():
    return 2**200, "a" * 5000, (1,) * 300


def iterated(x):
    for i in [1, 2]:
        pass
    return x in [4, 5], x not in {6, 7, 8}, 1 < x in [x, 2], [i for i in [3, 4]], x in [x]


def constant_keys(x):
    return {-1: "minus one", 2**2: "four", ("t", 1): x}


for f in (folded, left_alone, iterated, constant_keys):
    consts = [c for c in f.__code__.co_consts if type(c).__name__ != "code"]
    print(f.__name__, consts)
print(folded())
print(len(left_alone()[1]), len(left_alone()[2]), iterated(4), constant_keys(0))
for expression in ("1 / 0", '"abc"[5]', "(1, 2)[-3]", "2 ** -1", "-(2**63)"):
    try:
        print(expression, "=", eval(expression))
    except (ZeroDivisionError, IndexError) as e:
        print(expression, "raises", type(e).__name__, e)
