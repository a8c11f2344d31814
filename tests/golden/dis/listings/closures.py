def make_counter(start=0, *, step=1):
    count = start

    def tick():
        nonlocal count
        count += step
        return count

    return tick


counter = make_counter(step=2)
print([counter() for _ in range(3)])
