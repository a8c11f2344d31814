# nonlocal rebinds a name of an enclosing function.
def make_counter(start=0):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x

    result = middle()
    return result, x


print(outer())


def accumulator():
    total = 0
    history = []

    def add(value):
        nonlocal total
        total += value
        history.append(value)
        return total, history

    return add


add = accumulator()
add(3)
print(add(4))


def scoped():
    a = 1

    def f():
        a = 2

        def g():
            nonlocal a
            a += 10
            return a

        return g(), a

    return f(), a


print(scoped())


def pair():
    value = 0

    def get():
        return value

    def put(v):
        nonlocal value
        value = v

    return get, put


get, put = pair()
put(42)
print(get(), put(7), get())
