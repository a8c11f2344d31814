# lambda makes small anonymous functions; they close over names like def does.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), square.__name__, (lambda: None)())
points = [(3, 1), (1, 2), (2, 0)]
print(sorted(points), sorted(points, key=lambda p: p[1]), max(points, key=lambda p: p[0] + p[1]))
words = ["banana", "Apple", "cherry"]
print(sorted(words, key=lambda w: w.lower()), sorted(words, key=lambda w: (-len(w), w)))
print(list(map(lambda n: n * 3, range(4))), list(filter(lambda n: n % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(3), compose(str, abs)(-5))
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
make_multiplier = lambda factor: (lambda value: value * factor)
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double("ab"))
print((lambda *args, **kw: (args, kw))(1, 2, k=3), (lambda x: (yield x)) if False else "skip")
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({sym: op(6, 3) for sym, op in ops.items()})
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), (lambda: (lambda: "nested")())())
print(type(square).__name__, square.__qualname__, square.__code__.co_varnames)
