# Comparisons, identity, membership and item access as functions.
import operator as op

print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne("a", "b"), op.gt(1, 2), op.ge("b", "a"))
print(op.lt([1, 2], [1, 3]), op.eq((1,), [1]), op.gt({1, 2}, {1}))
x = [1, 2]
print(op.is_(x, x), op.is_(x, [1, 2]), op.is_not(None, None), op.contains("hello", "ell"), op.contains({1: 2}, 2))
d = {"a": 1}
op.setitem(d, "b", 2)
lst = [0, 1, 2, 3, 4]
op.setitem(lst, slice(1, 3), ["x"])
op.delitem(lst, 0)
print(d, lst, op.getitem("abc", -1), op.getitem(lst, slice(None, None, -1)), op.getitem(d, "a"))
print(op.countOf([1, 2, 1, 1], 1), op.countOf("banana", "a"), op.indexOf((5, 6, 7), 7), op.indexOf("xyz", "y"))
print(op.length_hint([1, 2, 3]), op.length_hint({}), op.length_hint(5, 10), op.length_hint(x for x in "ab"))
