# global makes assignments in a function bind the module's name.
counter = 0


def increment():
    global counter
    counter += 1
    return counter


print(increment(), increment(), counter)


def create():
    global created_later
    created_later = "made inside a function"


create()
print(created_later)


def reads_only():
    return counter * 10


def shadows():
    counter = -1
    return counter


print(reads_only(), shadows(), counter)


def outer():
    def inner():
        global counter
        counter = 100
    inner()
    return counter


print(outer(), counter)
settings = {"mode": "fast"}


def mutate():
    settings["mode"] = "slow"


mutate()
print(settings)


def multiple():
    global a, b
    a, b = 1, 2


multiple()
print(a, b, "a" in globals(), globals()["counter"])
total = 0
for i in range(5):
    total += i
print(total, i)


def loop_var():
    global i
    for i in range(100, 103):
        pass


loop_var()
print(i)
