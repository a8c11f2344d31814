# The in-place operators mutate mutable objects and rebind immutable ones.
import operator as op

a = [1]
b = op.iadd(a, [2])
print(a, b, b is a)
s = "ab"
t = op.iadd(s, "c")
print(s, t)
n = 5
for f in (op.iadd, op.isub, op.imul, op.ifloordiv, op.imod, op.ipow, op.ilshift, op.irshift, op.iand, op.ior, op.ixor):
    print(f.__name__, f(n, 3))
print(op.itruediv(7, 2), op.iconcat([1], (2,)))
st = {1, 2}
print(op.ior(st, {3}), st, op.iand(st, {1, 3}), st)
