# Deleting what is not there: names, keys, indices and attributes.
def unbound_after_del():
    value = 1
    del value
    return value


def del_twice():
    name = "x"
    del name
    del name


class Point:
    def __init__(self):
        self.x = 1


tests = [
    ("global name", lambda: exec("del never_defined")),
    ("after del", unbound_after_del),
    ("twice", del_twice),
    ("dict key", lambda: exec("d = {}\ndel d['k']")),
    ("list index", lambda: exec("items = [1]\ndel items[3]")),
    ("attribute", lambda: exec("p = Point()\ndel p.y", {"Point": Point})),
    ("str item", lambda: exec("s = 'abc'\ndel s[0]")),
    ("tuple slice", lambda: exec("t = (1, 2)\ndel t[:1]")),
]
for label, test in tests:
    try:
        test()
        print(label, "deleted")
    except (NameError, KeyError, IndexError, AttributeError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)
total = 5
del total
print(total)
