def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def break_in_finally():
    for i in range(5):
        try:
            raise KeyError(i)
        finally:
            print("breaking at", i)
            break
    return "after loop"
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def order():
    log = []
    def inner():
        try:
            log.append("try")
            return log.append("return expr") or "value"
        finally:
            log.append("finally")
    r = inner()
    return r, log
print(order())
def nested_finally():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())
def return_overrides_exception_in_except():
    try:
        raise ValueError
    except ValueError:
        raise TypeError
    finally:
        return "finally wins"
print(return_overrides_exception_in_except())
def loop_with_else():
    for i in range(2):
        try:
            continue
        finally:
            print("fin", i)
    else:
        print("loop else")
loop_with_else()
def while_break():
    n = 0
    while True:
        try:
            n += 1
            if n > 2:
                return n
        finally:
            if n == 2:
                break
    return "broke at " + str(n)
print(while_break())
def with_in_finally():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            print("exit", a[0])
    for i in range(2):
        with CM():
            try:
                pass
            finally:
                if i == 0:
                    continue
                break
    return "done"
print(with_in_finally())
