class NoItems:
    pass
o = NoItems()
for action in (lambda: o[0], lambda: o.__setitem__(0, 1), lambda: len(o), lambda: iter(o),
               lambda: reversed(o), lambda: 1 in o):
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    o[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del o[0]
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NotIter:
    __iter__ = None
try:
    for x in NotIter():
        pass
except TypeError as e:
    print("TypeError:", e)
class ReadOnly:
    def __getitem__(self, k):
        return k
try:
    ReadOnly()[1] = 2
except TypeError as e:
    print("TypeError:", e)
for x in NoItems():
    pass
