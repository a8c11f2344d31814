# Classes that control copying: __copy__, __deepcopy__ (with the memo), __getstate__ and
# __setstate__, and __reduce__.
import copy


class Tracker:
    copies = 0

    def __init__(self, items):
        self.items = items

    def __copy__(self):
        Tracker.copies += 1
        return Tracker(list(self.items))

    def __deepcopy__(self, memo):
        Tracker.copies += 10
        return Tracker(copy.deepcopy(self.items, memo))

    def __repr__(self):
        return f"Tracker({self.items})"


t = Tracker([[1], 2])
print(copy.copy(t), copy.deepcopy(t), Tracker.copies)
both = copy.deepcopy([t, t])
print(both[0] is both[1], Tracker.copies)


class Connection:
    def __init__(self, host):
        self.host = host
        self.socket = f"<socket to {host}>"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["socket"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = f"<reopened {self.host}>"


c = copy.deepcopy(Connection("db"))
print(c.host, c.socket)
print(copy.copy(Connection("x")).socket)


class Recipe:
    def __init__(self, name, steps):
        self.name = name
        self.steps = steps

    def __reduce__(self):
        return (Recipe, (self.name, self.steps))

    def __repr__(self):
        return f"Recipe({self.name!r}, {self.steps})"


r = Recipe("soup", ["boil"])
r2 = copy.deepcopy(r)
r2.steps.append("serve")
print(r, r2)


class Singleton:
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


only = Singleton()
print(copy.copy(only) is only, copy.deepcopy([only])[0] is only)


class Counter:
    def __init__(self):
        self.value = 0

    def __deepcopy__(self, memo):
        fresh = Counter()
        memo[id(self)] = fresh
        fresh.value = self.value + 100
        return fresh


ctr = Counter()
copied = copy.deepcopy({"a": ctr, "b": ctr})
print(copied["a"].value, copied["a"] is copied["b"])
