def f(lambda):
    return 1
