# Unpacking errors name the counts or the type that could not be unpacked.
def check(label, action):
    try:
        action()
        print(label, "ok")
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)


def two(values):
    a, b = values
    return a, b


def at_least_two(values):
    a, b, *rest = values
    return rest


check("too many", lambda: two([1, 2, 3]))
check("too few", lambda: two([1]))
check("string", lambda: two("abc"))
check("int", lambda: two(5))
check("none", lambda: two(None))
check("starred", lambda: at_least_two([1]))
check("starred ok", lambda: at_least_two([1, 2]))
check("dict", lambda: two({"x": 1, "y": 2, "z": 3}))


def f(*args, **kwargs):
    return args, kwargs


check("star int", lambda: f(*1))
check("double star list", lambda: f(**[1]))
check("non-str keys", lambda: f(**{1: 2}))
check("duplicate", lambda: f(**{"a": 1}, **{"a": 2}))
check("list star", lambda: [*None])
check("dict star", lambda: {**[1, 2]})
for x, y in [(1, 2), (3, 4, 5)]:
    print(x, y)
