# co_consts holds what CPython's compiler keeps: a constant tuple without its items, the
# frozenset of an `in {...}` test, and a dict display's constant keys as one tuple
# (BUILD_CONST_KEY_MAP), whose values still run in order.
def pairs(x):
    return {"a": x, "b": 2, (1, 2): [x]}


def membership(x):
    return x in {1, 2, 3}, x in ("a", "b")


def nested():
    return (1, (2, 3), "s", None)


def mixed(x):
    return {1: "one", True: "true", 1.0: "float", "k": x}


order = []


def note(value):
    order.append(value)
    return value


def ordered():
    return {"first": note(1), "second": note(2), "third": note(3)}


for f in (pairs, membership, nested, mixed, ordered):
    print(f.__name__, f.__code__.co_consts)
print(pairs(5), membership(2), nested(), mixed(0))
print(ordered(), order)
print({"dup": 1, "dup": 2}, {"only": 1}, {}, {**{"x": 1}, "y": 2})
