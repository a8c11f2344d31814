def f():
    def g():
        nonlocal count
        count = 1
