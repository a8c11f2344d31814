double = lambda x: x * 2
adders = [lambda y, k=k: y + k for k in range(3)]


def compose(f, g):
    return lambda *args: f(g(*args))


print(double(4), compose(double, abs)(-3))
