# Generators: send, throw, close and GeneratorExit, the StopIteration value, generators that
# never finish, generator expressions.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return f"final {total}"


acc = accumulator()
print(next(acc))
for v in (5, 10, 20):
    print(acc.send(v))
try:
    acc.send(None)
except StopIteration as stop:
    print("StopIteration value:", stop.value, stop.args)


def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("handled", e)
            n += 100
        except GeneratorExit:
            print("closing at", n)
            raise
        n += 1


r = resilient()
print(next(r), next(r))
print(r.throw(ValueError("bad")))
print(r.throw(ValueError, "typed"))
print(next(r))
r.close()
r.close()
print("closed twice fine")


def naturals():
    n = 0
    while True:
        yield n
        n += 1


gen = naturals()
print([next(gen) for _ in range(5)])
squares = (x * x for x in naturals() if x % 3 == 0)
print([next(squares) for _ in range(4)])
print(sum(x for x in range(10)), max((len(w), w) for w in "a bbb cc".split()))


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally on close")


w = with_finally()
print(next(w))
del w
print("after del")


def returns_early(flag):
    if flag:
        return "early"
    yield "never"


try:
    next(returns_early(True))
except StopIteration as stop:
    print("early return value:", stop.value)
print(list(returns_early(False)))
