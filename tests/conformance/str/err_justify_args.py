# Error messages of center/ljust/rjust/zfill and of repetition.
def show(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(result))
    return None


s = "abc"
show("center()", lambda: s.center())
show("center('5')", lambda: s.center("5"))
show("center(5, 'ab')", lambda: s.center(5, "ab"))
show("center(5, '')", lambda: s.center(5, ""))
show("ljust(5, 1)", lambda: s.ljust(5, 1))
show("rjust(5, None)", lambda: s.rjust(5, None))
show("rjust 3 args", lambda: s.rjust(5, " ", 1))
show("ljust kw", lambda: s.ljust(width=5))
show("center huge", lambda: s.center(2**70))
show("zfill()", lambda: s.zfill())
show("zfill('3')", lambda: s.zfill("3"))
show("zfill(1.0)", lambda: s.zfill(1.0))
show("'a' * 'b'", lambda: "a" * "b")
show("'a' * 1.5", lambda: "a" * 1.5)
show("'a' * huge", lambda: "a" * 10**30)
show("[] * 'a'", lambda: None * "a")
