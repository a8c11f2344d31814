# Names resolve Local, then Enclosing functions, then Global, then Builtins.
x = "global x"


def outer():
    x = "enclosing x"

    def inner():
        x = "local x"
        return x

    def no_local():
        return x

    return inner(), no_local()


print(outer(), x)


def uses_builtin():
    return len("four")


print(uses_builtin())
len = lambda obj: "shadowed len"
print(uses_builtin(), len([1, 2]))
del len
print(uses_builtin(), len([1, 2]))


def shadow_builtin():
    max = "local max"
    return max


print(shadow_builtin(), max(1, 2))
import builtins

print(builtins.len is len, builtins.max(3, 9), type(builtins).__name__)
level = "global"


def a():
    level = "a"

    def b():
        def c():
            return level
        return c()
    return b()


print(a())


class Config:
    name = "class attribute"

    def method(self):
        return name


name = "global name"
print(Config().method(), Config.name)


def reads_global_later():
    return late_global


late_global = "defined after the function"
print(reads_global_later())
print([x for x in range(2)], x)
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
