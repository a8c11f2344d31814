def f():
    pass

def g(a, b=1, *args, c, d=2, **kwargs):
    return a

def h(a, b, /, c, *, d):
    return None

def i(a=1, /, b=2, *, c=3):
    ...

def j(*, key):
    return key

def k(**kw): return kw

def l(a: int, b: "str" = "x", *args: float, c: bool = True, **kwargs: dict) -> None:
    pass

def m(a, /):
    pass

def n(a, b=2, /):
    pass

def o(*args: *Ts):
    pass
