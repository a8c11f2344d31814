# Exceptions raised deep down, unwinding through frames, and caught.
def inner(x):
    if x == 0:
        raise ValueError("zero")
    return 10 // x


def middle(x):
    value = inner(x)
    return value + 1


def outer(items):
    out = []
    for x in items:
        try:
            out.append(middle(x))
        except ValueError as e:
            out.append(str(e))
    return out


print(outer([2, 0, 5]))
try:
    {}["missing"]
except KeyError:
    caught = True
print(caught)
