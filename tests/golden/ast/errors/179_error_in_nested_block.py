def f():
    for i in x:
        if i
            pass
