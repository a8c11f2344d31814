# Functions whose code objects' co_* tuples the dis test compares with CPython's.
import math


def no_arguments():
    return 1


def positional(a, b, c):
    return a + b + c


def with_defaults(a, b=1, c=None):
    return a if c is None else b


def varargs(*args):
    return len(args)


def varkeywords(**kwargs):
    return sorted(kwargs)


def keyword_only(a, *, b, c=3):
    return a, b, c


def positional_only(a, b, /, c, *, d):
    return a + b + c + d


def everything(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    total = a + b + c + d + e
    return total, args, kwargs


def locals_in_order(x):
    first = x
    second = first * 2
    third = second - first
    del first
    return third


def globals_and_attributes(items):
    result = math.floor(len(items) / 2)
    items.append(result)
    return items.count(result), math.pi


def closure_outer(n):
    step = 2

    def closure_inner(x):
        return x * n + step

    return closure_inner


def nonlocal_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment


def three_levels(a):
    def middle(b):
        def innermost(c):
            return a + b + c

        return innermost

    return middle


def cell_parameter(value, other):
    def reader():
        return value

    return reader, other


def list_comprehension(values, limit):
    return [v * 2 for v in values if v < limit]


def nested_comprehension(rows):
    return [[cell + len(row) for cell in row] for row in rows]


def dict_and_set(keys):
    return {k: str(k) for k in keys}, {k % 3 for k in keys}


def generator_expression(values):
    return sum(v * v for v in values)


def lambdas(scale):
    square = lambda x: x * x
    scaled = lambda y, factor=2: y * factor * scale
    return square, scaled


def global_statement(value):
    global counter_total
    counter_total = value
    return counter_total


def loops_and_branches(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        while total > 100:
            total -= 50
        total += i
    else:
        total += 1
    return total


def exceptions(text):
    try:
        number = int(text)
    except ValueError as error:
        message = str(error)
        return message
    finally:
        cleanup = True
    return number, cleanup


def with_statement(path):
    with open(path) as handle:
        data = handle.read()
    return data


def unpacking(pair, triple):
    a, b = pair
    first, *rest = triple
    (x, y), z = pair, 3
    return a, b, first, rest, x, y, z


def fstrings(name, width):
    return f"{name!r:>{width}} {width:03d} {name}"


def walrus(values):
    if (n := len(values)) > 2:
        return n
    return [last := v for v in values], last


def imports_inside():
    import os.path
    from math import sqrt as root
    return os.path.sep, root(4)


def augmented_assignments(a, b):
    a += b
    a -= 1
    a *= b
    a //= 2
    a **= 2
    a %= 7
    a |= 1
    return a


def chained_comparisons(x, lo, hi):
    return lo < x <= hi, x is not None, x not in (lo, hi)


def slices_and_booleans(seq, start, stop):
    part = seq[start:stop]
    seq[0:1] = part
    return part and not seq or seq[::2]


def recursive_factorial(n):
    return 1 if n <= 1 else n * recursive_factorial(n - 1)


def star_calls(func, args, kwargs):
    return func(*args, **kwargs), func(1, *args, key=2, **kwargs)


def returns_nothing(x):
    x.append(1)
