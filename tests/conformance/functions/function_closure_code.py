# __closure__ holds the cells of free variables; __code__ describes the compiled function.
def make_scaler(factor, offset=0):
    label = "scaler"

    def scale(value, *extra, clamp=None, **options):
        result = value * factor + offset
        total = result + sum(extra)
        return label, total

    return scale


s = make_scaler(3, 1)
print(s(2), s(2, 5, 5))
print([c.cell_contents for c in s.__closure__])
code = s.__code__
print(code.co_name, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_varnames, code.co_freevars, code.co_cellvars, code.co_nlocals)
print(code.co_names, code.co_filename.endswith(".py"), code.co_firstlineno)
outer = make_scaler.__code__
print(outer.co_varnames, outer.co_cellvars, outer.co_freevars, make_scaler.__closure__)


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    return inc


c = counter()
c()
c()
cell = c.__closure__[0]
print(type(cell).__name__, cell.cell_contents, c.__code__.co_freevars)
print(counter.__code__.co_cellvars, counter.__code__.co_varnames)


def uses_globals():
    return len(str(print))


print(uses_globals.__code__.co_names, uses_globals.__code__.co_varnames, uses_globals.__closure__)
lam = lambda a, b=2: a + b
print(lam.__code__.co_name, lam.__code__.co_varnames, lam.__code__.co_argcount)


def shared():
    x = 1

    def get():
        return x

    def put(v):
        nonlocal x
        x = v

    return get, put


get, put = shared()
put(5)
print(get(), get.__closure__[0] is put.__closure__[0], get.__closure__[0].cell_contents)


def nested_comprehension(n):
    return [[i * j for j in range(n)] for i in range(n)]


print(nested_comprehension.__code__.co_varnames, nested_comprehension.__code__.co_cellvars)
