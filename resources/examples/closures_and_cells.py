# Closures and cells. Watch `count`: make_counter stores it in a cell (MAKE_CELL) because
# increment captures it; each call of increment reads and writes the same cell
# (LOAD_DEREF / STORE_DEREF), long after make_counter's frame has returned.


def make_counter(start):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


counter = make_counter(10)
counter()
counter(5)
print("count is now", counter())
print("the cell holds", counter.__closure__[0].cell_contents)
