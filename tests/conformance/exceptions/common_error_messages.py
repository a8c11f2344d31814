def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)

def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h(*, k):
    pass
def p(a, /, b):
    pass
class C:
    def m(self, x):
        pass
    def __init__(self, v):
        pass
show(lambda: f(1))
show(lambda: f())
show(lambda: f(1, 2, 3))
show(lambda: f(1, b=2, z=3))
show(lambda: f(1, a=2))
show(lambda: g(1))
show(lambda: g(1, 2, 3, c=4))
show(lambda: h(1))
show(lambda: h())
show(lambda: p(a=1, b=2))
show(lambda: C(1).m())
show(lambda: C(1).m(1, 2))
show(lambda: C())
show(lambda: C(1, 2))
show(lambda: (lambda x: x)())
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: {}["missing"])
show(lambda: [1, 2][5])
show(lambda: (1,)[-3])
show(lambda: "abc"[10])
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: int("abc"))
show(lambda: int("12", 40))
show(lambda: float("x"))
show(lambda: [].pop())
show(lambda: [].remove(3))
show(lambda: "abc".index("z"))
show(lambda: None.attr)
show(lambda: (1).attr)
show(lambda: undefined_thing)
show(lambda: "a" + 1)
show(lambda: 1 + "a")
show(lambda: [] + ())
nothing = None
show(lambda: nothing())
show(lambda: iter(5))
show(lambda: next(iter([])))
show(lambda: {}.pop("k"))
show(lambda: set().pop())
show(lambda: int(None))
show(lambda: chr(-1))
show(lambda: 2 ** 10000 * 1.0)
show(lambda: [1, 2, 3].index(4))
show(lambda: dict(a=1)["b"])
show(lambda: ord("ab"))
show(lambda: abs("x"))
show(lambda: sum(["a"]))
show(lambda: max([]))
show(lambda: divmod(1, 0))
show(lambda: list(zip([1], 2)))
show(lambda: "x" * "y")
show(lambda: sorted([1, "a"]))
show(lambda: {[]: 1})
show(lambda: tuple(1))
show(lambda: getattr(object(), "missing"))
