# *args collects extra positional arguments in a tuple, **kwargs extra keywords in a dict.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


print(show())
print(show(1, 2, 3))
print(show(a=1, b=2))
print(show(1, "x", key=None, other=[1]))


def total(first, *rest):
    return first + sum(rest)


print(total(1), total(1, 2, 3), total(*range(5)))


def build(name, **fields):
    fields["name"] = name
    return dict(sorted(fields.items()))


print(build("box", width=3, height=2), build(name="only"))


def log(level, *messages, sep=" ", **extra):
    line = f"[{level}] " + sep.join(str(m) for m in messages)
    if extra:
        line += " " + str(extra)
    return line


print(log("info", "started", 3, "jobs"))
print(log("warn", "a", "b", sep="-", code=7))


def forward(*args, **kwargs):
    return log(*args, **kwargs)


print(forward("debug", "via", "forward", user="me"))
print(type(show.__code__.co_varnames), show.__code__.co_varnames, show.__code__.co_argcount)
print(show.__code__.co_flags & 0x04 != 0, show.__code__.co_flags & 0x08 != 0)


def order(**kwargs):
    return list(kwargs)


print(order(z=1, a=2, m=3), order(**{"b": 1}, c=2))


def collect(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs


print(collect(1, c=3))
print(collect(1, 2, 3, 4, c=5, e=6))
