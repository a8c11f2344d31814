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
print(counter(), counter.__closure__[0].cell_contents)
adders = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in adders])
