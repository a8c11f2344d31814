# operator's errors.
import operator as op

cases = [
    lambda: op.add(1),
    lambda: op.add(1, 2, 3),
    lambda: op.add(x=1, y=2),
    lambda: op.neg(),
    lambda: op.neg("a"),
    lambda: op.abs("a"),
    lambda: op.not_(),
    lambda: op.index(1.5),
    lambda: op.concat(1, 2),
    lambda: op.concat([1], (2,)),
    lambda: op.iconcat(1, 2),
    lambda: op.lt(1, "a"),
    lambda: op.contains(1, 2),
    lambda: op.getitem(1),
    lambda: op.setitem(1, 2),
    lambda: op.delitem([1], 5),
    lambda: op.indexOf([1, 2], 3),
    lambda: op.countOf(5, 1),
    lambda: op.length_hint(),
    lambda: op.length_hint(5, "a"),
    lambda: op.itemgetter(),
    lambda: op.itemgetter(1, k=2),
    lambda: op.itemgetter(1)(),
    lambda: op.itemgetter(1)([1], [2]),
    lambda: op.itemgetter(5)([1]),
    lambda: op.attrgetter(),
    lambda: op.attrgetter(1),
    lambda: op.attrgetter("a")(1),
    lambda: op.attrgetter("real.foo")(1),
    lambda: op.methodcaller(),
    lambda: op.methodcaller(1),
    lambda: op.methodcaller("foo")(1),
    lambda: op.methodcaller("x")(),
    lambda: op.truediv(1, 0),
    lambda: op.matmul(1, 2),
]
for f in cases:
    try:
        print(f())
    except (TypeError, ValueError, IndexError, AttributeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
