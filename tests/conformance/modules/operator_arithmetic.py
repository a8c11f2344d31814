# The arithmetic and bitwise operators as functions, with their dunder aliases.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul(4, 2.5), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3))
print(op.pow(2, 100), op.pow(2, -1), op.neg(5), op.pos(-5), op.abs(-3.5), op.invert(5), op.inv(-1))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 70), op.rshift(-16, 2))
print(op.add("ab", "cd"), op.mul([0], 3), op.concat((1,), (2,)), op.concat("x", "y"))
print(op.index(7), op.index(True), op.truth([]), op.truth("a"), op.not_(0), op.not_(None))
print(op.__add__ is op.add, op.__not__ is op.not_, op.__inv__ is op.inv, op.__concat__(["a"], ["b"]))
print(sorted(map(op.neg, [3, -1, 2])), list(map(op.mul, [1, 2, 3], [4, 5, 6])))
print(op.call(divmod, 17, 5), op.call(sorted, [3, 1, 2], reverse=True))
