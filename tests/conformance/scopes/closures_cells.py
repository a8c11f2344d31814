# Inner functions keep the variables of enclosing calls alive in cells.
def make_multiplier(n):
    def multiply(x):
        return x * n
    return multiply


double, triple = make_multiplier(2), make_multiplier(3)
print(double(10), triple(10), double.__closure__[0].cell_contents)


def make_account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("deposit", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient funds"
        balance -= amount
        history.append(("withdraw", amount))
        return balance

    def report():
        return balance, list(history)

    return deposit, withdraw, report


deposit, withdraw, report = make_account(100)
print(deposit(50), withdraw(30), withdraw(500), report())
other = make_account(0)
print(other[0](1), report()[0])


def late():
    def get():
        return value
    value = "set after get was defined"
    return get


print(late()())


def memoize(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memoize
def slow_square(n):
    return n * n


print(slow_square(4), slow_square(4), slow_square(5), slow_square.cache)


def generator_closure(limit):
    def numbers():
        for i in range(limit):
            yield i * step
    step = 10
    return numbers


print(list(generator_closure(4)()))


def chain():
    a = 1

    def level1():
        b = 2

        def level2():
            return a + b
        return level2

    return level1()


fn = chain()
print(fn(), fn.__code__.co_freevars, [c.cell_contents for c in fn.__closure__])
