def show(fn):
    try:
        fn()
    except TypeError as e:
        print(e)
def one(a): pass
def two(a, b): pass
def defaults(a, b=1, c=2): pass
def star(a, *args): pass
def kwonly(a, *, b, c): pass
def kwonly_default(*, b=1): pass
def posonly(a, b, /): pass
def mixed(a, /, b, *, c): pass
def varkw(**kw): pass
show(lambda: one())
show(lambda: one(1, 2))
show(lambda: two())
show(lambda: two(1, 2, 3, 4))
show(lambda: defaults())
show(lambda: defaults(1, 2, 3, 4))
show(lambda: star())
show(lambda: kwonly(1))
show(lambda: kwonly(1, b=2))
show(lambda: kwonly(1, 2))
show(lambda: kwonly(1, 2, b=1, c=2))
show(lambda: kwonly_default(1))
show(lambda: kwonly_default(b=1, d=2))
show(lambda: posonly(a=1, b=2))
show(lambda: posonly(1, b=2))
show(lambda: mixed(1, 2, 3))
show(lambda: mixed(1, b=2))
show(lambda: mixed(a=1, b=2, c=3))
show(lambda: varkw(1))
show(lambda: one(**{"a": 1, "b": 2}))
show(lambda: one(*[1, 2]))
show(lambda: one(1, **{"a": 2}))
show(lambda: one(**{1: 2}))
show(lambda: one(*5))
show(lambda: one(**5))
class K:
    def method(self, x):
        pass
    @staticmethod
    def st(x):
        pass
    @classmethod
    def cl(cls, x):
        pass
show(lambda: K().method())
show(lambda: K.method(K()))
show(lambda: K.st())
show(lambda: K.cl(1, 2))
show(lambda: K(1))
two(1)
