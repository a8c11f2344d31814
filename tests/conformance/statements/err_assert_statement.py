# assert checks a condition and raises AssertionError, optionally with a message.
def mean(values):
    assert len(values) > 0, "mean of an empty list"
    return sum(values) / len(values)


print(mean([1, 2, 3]))
try:
    mean([])
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("no message:", repr(e), e.args)
x = 5
assert x > 0
assert isinstance(x, int), f"bad type {type(x)}"
try:
    assert x < 0, ("x must be negative", x)
except AssertionError as e:
    print(e.args[0], e.args[0][1], type(e).__mro__[1].__name__)
checks = 0
for value in [1, 2, 3]:
    assert value > 0
    checks += 1
print("checks passed:", checks)


def message():
    print("message evaluated")
    return "lazy"


assert True, message()
try:
    assert False, message()
except AssertionError as e:
    print(e)
assert mean([10]) == 10.0, "single value"
print("done")
assert x == 6, f"expected 6, got {x}"
