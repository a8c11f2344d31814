# Default values are evaluated once, when the def statement runs.
def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)


def safer(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(safer(1), safer(2))
calls = []


def make_default(label):
    calls.append(label)
    return label.upper()


def greet(name=make_default("world")):
    return "hello " + name


print(calls, greet(), greet(), greet("ann"), calls)
x = 10


def show(value=x):
    return value


x = 20
print(show(), show.__defaults__, x)


def counter(cache={}):
    cache["n"] = cache.get("n", 0) + 1
    return cache["n"]


print(counter(), counter(), counter({}), counter())
print(counter.__defaults__)
funcs = []
for i in range(3):
    def capture(i=i):
        return i
    funcs.append(capture)
print([f() for f in funcs])


def kwonly(*, flag=len("abc")):
    return flag


print(kwonly(), kwonly.__kwdefaults__, kwonly(flag=False))
