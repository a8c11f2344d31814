def f(key=lambda x: x, *, cmp=lambda a, b: a < b):
    return key
g = lambda f=lambda: 1: f()
