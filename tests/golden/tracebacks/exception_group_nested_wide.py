def leaf(i):
    return KeyError(i)


inner = ExceptionGroup("inner", [leaf(i) for i in range(17)])
raise BaseExceptionGroup("outer", [inner, KeyboardInterrupt()])
