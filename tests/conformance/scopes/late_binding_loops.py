# Closures see a variable's value when they are called, not when they were created.
functions = []
for i in range(3):
    functions.append(lambda: i)
print([f() for f in functions])
i = 10
print([f() for f in functions])
comprehension_lambdas = [lambda: n for n in range(3)]
print([f() for f in comprehension_lambdas])
bound_now = [lambda n=n: n for n in range(3)]
print([f() for f in bound_now])


def make_handlers():
    handlers = {}
    for name in ["open", "save", "quit"]:
        def handler():
            return "handling " + name
        handlers[name] = handler
    return handlers


print({k: h() for k, h in make_handlers().items()})


def make_handlers_fixed():
    def make(name):
        return lambda: "handling " + name
    return {name: make(name) for name in ["open", "save", "quit"]}


print({k: h() for k, h in make_handlers_fixed().items()})
import functools

partials = [functools.partial(lambda x, y: x * y, k) for k in range(1, 4)]
print([p(10) for p in partials])
callbacks = []
x = 0
while x < 3:
    callbacks.append(lambda: x * 100)
    x += 1
print([cb() for cb in callbacks])
gens = [(k for _ in range(1)) for k in range(3)]
print([next(g) for g in gens])
adders = {}
for step in (1, 5):
    adders[step] = lambda v, step=step: v + step
print(adders[1](10), adders[5](10))
