# Augmented assignment errors: bad operand types, immutable targets, missing names.
tests = []


def add_str():
    x = 1
    x += "a"


def tuple_item():
    t = (1, [2])
    try:
        t[1] += [3]
    except TypeError as e:
        print("TypeError:", e)
    return t


def unbound():
    count += 1


def list_minus():
    items = [1, 2]
    items -= [1]


def str_mul():
    s = "ab"
    s *= 2.0


def dict_or():
    d = {"a": 1}
    d |= [1]


for test in (add_str, tuple_item, unbound, list_minus, str_mul, dict_or):
    try:
        print(test.__name__, test())
    except (TypeError, ValueError, NameError) as e:
        print(test.__name__, type(e).__name__ + ":", e)
scores = {"ann": 1}
scores["bob"] += 1
