# partial fixes arguments; partials of partials flatten; calls merge keywords.
from functools import partial


def f(a, b=2, *rest, **kw):
    return (a, b, rest, kw)


p = partial(f, 1)
print(p(), p(5), p(5, 6, 7, x=8), p.func is f, p.args, p.keywords)
q = partial(f, 1, x=10)
print(q(x=20), q(2, y=3), q.keywords)
r = partial(q, 2, y=4)
print(r(), r.func is f, r.args, r.keywords)
base2 = partial(int, base=2)
print(base2("1011"), base2("777", base=8))
sq = partial(pow, exp=2)
print([sq(n) for n in range(5)])
p.note = "has a dict"
s = partial(p, 9)
print(s.func is p, s.args, p.__dict__, s())
print(partial(partial(max), 4)(1, 9), partial(print, "a", sep="-")("b"))
try:
    p.func = max
except AttributeError as e:
    print("AttributeError:", e)
