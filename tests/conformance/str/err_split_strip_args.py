# Error messages of split/rsplit/splitlines/strip/expandtabs for bad arguments.
def show(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(result))
    return None


s = "a b c"
show("split('')", lambda: s.split(""))
show("rsplit('')", lambda: s.rsplit(""))
show("split(1)", lambda: s.split(1))
show("split(x=1)", lambda: s.split(x=1))
show("split(',', 'a')", lambda: s.split(",", "a"))
show("split 3 args", lambda: s.split(",", 1, 2))
show("split sep twice", lambda: s.split(",", sep=","))
show("split maxsplit=None", lambda: s.split(maxsplit=None))
show("split huge maxsplit", lambda: s.split(None, 10**30))
show("splitlines('x')", lambda: s.splitlines("x"))
show("splitlines(1.5)", lambda: s.splitlines(1.5))
show("splitlines 2 args", lambda: s.splitlines(True, True))
show("strip(1)", lambda: s.strip(1))
show("lstrip([])", lambda: s.lstrip([]))
show("rstrip 2 args", lambda: s.rstrip("a", "b"))
show("strip kw", lambda: s.strip(chars="a"))
show("expandtabs('4')", lambda: s.expandtabs("4"))
show("expandtabs(None)", lambda: s.expandtabs(tabsize=None))
show("expandtabs huge", lambda: s.expandtabs(2**40))
