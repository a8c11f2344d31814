import sys
def inner():
    raise ValueError("deep")
def middle():
    inner()
def outer():
    middle()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(entries)
    print(type(e.__traceback__).__name__, e.__traceback__.tb_frame.f_code.co_filename.endswith(".py"))
    print(sys.exc_info()[2] is e.__traceback__)
    print(e.__traceback__.tb_frame.f_lineno > 0, isinstance(e.__traceback__.tb_lasti, int))
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        e2 = e.with_traceback(None)
        print(e2 is e, e.__traceback__)
        raise
except KeyError as e:
    n = 0
    tb = e.__traceback__
    while tb:
        n += 1
        tb = tb.tb_next
    print("entries after reraise", n)
def count(e):
    n = 0
    tb = e.__traceback__
    while tb:
        n += 1
        tb = tb.tb_next
    return n
def thrower():
    raise RuntimeError("r")
def passthrough():
    try:
        thrower()
    except RuntimeError as e:
        print("in passthrough", count(e))
        raise
try:
    passthrough()
except RuntimeError as e:
    print("at top", count(e))
def with_tb():
    try:
        raise ValueError("a")
    except ValueError as e:
        tb = e.__traceback__
    raise TypeError("b").with_traceback(tb)
try:
    with_tb()
except TypeError as e:
    print("with_traceback", count(e), e.__traceback__.tb_next.tb_frame.f_code.co_name)
