# collections.abc through its submodule import forms, registered built-ins, and mixin
# methods inherited by user classes.
import collections
import collections.abc
from collections import abc
from collections.abc import MutableMapping, Set

print(abc is collections.abc, collections.abc.Sequence.__name__)
print(isinstance({}, abc.Mapping), isinstance([], abc.Sequence), isinstance((), abc.MutableSequence))
print(isinstance(collections.deque(), abc.MutableSequence), isinstance(range(2), abc.Sequence))
print(issubclass(dict, MutableMapping), issubclass(frozenset, Set), issubclass(set, abc.MutableSet))
print(isinstance({}.keys(), abc.KeysView), isinstance({}.items(), Set), isinstance(iter(()), abc.Iterator))


class Registry(MutableMapping):
    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


r = Registry()
r["Name"] = 1
r.update({"AGE": 2}, City=3)
print(dict(r), r.get("NAME"), r.setdefault("zip", 0), r.pop("age"), len(r), "city" in r)
print(r.popitem(), sorted(r.keys()), list(r.values()), r == {"city": 3, "zip": 0} or dict(r))
r.clear()
print(len(r))


class Interval(Set):
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        return self.lo <= x < self.hi

    def __iter__(self):
        return iter(range(self.lo, self.hi))

    def __len__(self):
        return max(0, self.hi - self.lo)

    @classmethod
    def _from_iterable(cls, it):
        return frozenset(it)


i = Interval(1, 5)
print(sorted(i & {2, 3, 9}), sorted(i | {9}), sorted(i - {1}), i <= Interval(0, 9), i == {1, 2, 3, 4})
print(i.isdisjoint([7, 8]), sorted(i ^ {4, 5}))
