# Object identity (is, id) and __del__ running when the last reference goes, with the
# errors around them: names deleted before use, identity of values made separately, and
# __del__ raising (CPython reports and ignores that; the program goes on).
class Tracked:
    alive = 0

    def __init__(self, name):
        self.name = name
        Tracked.alive += 1

    def __del__(self):
        Tracked.alive -= 1
        print("del", self.name, "alive", Tracked.alive)


a = Tracked("a")
b = a
print(a is b, id(a) == id(b), Tracked.alive)
del a
print("after del a:", Tracked.alive)
try:
    print(a)
except NameError as error:
    print("NameError:", error)
b = Tracked("b")
print("rebound b:", Tracked.alive)
items = [Tracked("c"), Tracked("d")]
items.pop()
print("popped:", Tracked.alive)
items.clear()
print([] is [], () is (), Tracked("e") is Tracked("e"))


def scoped():
    t = Tracked("local")
    return t.name


print(scoped(), Tracked.alive)


class Failing:
    def __del__(self):
        print("Failing.__del__ runs")
        raise RuntimeError("ignored by CPython")


try:
    Failing()
    print("no exception reaches the caller")
    del b
    print(b)
except NameError as error:
    print("NameError:", error)


def unbound():
    value = Tracked("u")
    del value
    return value


try:
    unbound()
except UnboundLocalError as error:
    print("UnboundLocalError:", error)
print("end", Tracked.alive)
