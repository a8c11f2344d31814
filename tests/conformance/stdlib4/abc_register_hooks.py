# Virtual subclasses: ABCMeta.register, __subclasshook__, and the collections.abc ABCs that
# built-in types belong to.
from abc import ABC, abstractmethod
from collections.abc import (Callable, Container, Hashable, Iterable, Iterator, Mapping,
                             MutableMapping, MutableSequence, Sequence, Set, Sized)


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Legacy:
    def draw(self):
        return "legacy drawing"


print(isinstance(Legacy(), Drawable))
Drawable.register(Legacy)
print(isinstance(Legacy(), Drawable), issubclass(Legacy, Drawable), Drawable not in Legacy.__mro__)


@Drawable.register
class Decorated:
    pass


print(issubclass(Decorated, Drawable), Decorated.__name__)


class HasLength(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLength:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], HasLength), isinstance(3, HasLength), issubclass(str, HasLength))

for value in ([1], (1,), "s", {1: 2}, {1}, 3, len, iter([]), range(3)):
    print(type(value).__name__, [abc.__name__ for abc in (Iterable, Iterator, Sized,
          Container, Hashable, Callable, Sequence, MutableSequence, Mapping, MutableMapping,
          Set) if isinstance(value, abc)])


class Bag(Sized, Iterable):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)


print(len(Bag(1, 2)), list(Bag(3)), isinstance(Bag(), Sized))


class Frozen(Mapping):
    def __init__(self, data):
        self._data = dict(data)

    def __getitem__(self, key):
        return self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


f = Frozen({"a": 1, "b": 2})
print(f.get("a"), f.get("z", 0), "b" in f, list(f.keys()), list(f.items()), list(f.values()))
print(f == {"a": 1, "b": 2}, f.keys() & {"a"}, isinstance(f, Mapping), isinstance(f, MutableMapping))


class Stack(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


s = Stack()
s.append(1)
s.extend([2, 3])
s += [4]
print(list(s), s.pop(), s.index(2), s.count(1), 3 in s, list(reversed(s)))
s.remove(1)
s.reverse()
print(list(s))
