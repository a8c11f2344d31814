# Error messages of find/index/count/startswith/replace/partition for bad arguments.
def show(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(result))
    return None


s = "abcabc"
show("find()", lambda: s.find())
show("find(1)", lambda: s.find(1))
show("find('a', 'x')", lambda: s.find("a", "x"))
show("find 4 args", lambda: s.find("a", 1, 2, 3))
show("find kw", lambda: s.find("a", start=1))
show("rfind(None)", lambda: s.rfind(None))
show("index('z')", lambda: s.index("z"))
show("rindex('z', 1)", lambda: s.rindex("z", 1))
show("index('a', 1.5)", lambda: s.index("a", 1.5))
show("count()", lambda: s.count())
show("count([])", lambda: s.count([]))
show("startswith(1)", lambda: s.startswith(1))
show("startswith(('a', 1))", lambda: s.startswith(("a", 1)))
show("startswith((1, 'a'))", lambda: s.startswith((1, "a")))
show("endswith(['a'])", lambda: s.endswith(["a"]))
show("endswith()", lambda: s.endswith())
show("replace('a')", lambda: s.replace("a"))
show("replace(1, 'a')", lambda: s.replace(1, "a"))
show("replace(None, 'a')", lambda: s.replace(None, "a"))
show("removeprefix(None)", lambda: s.removeprefix(None))
show("replace('a', 2)", lambda: s.replace("a", 2))
show("replace('a', 'b', 'c')", lambda: s.replace("a", "b", "c"))
show("replace count kw", lambda: s.replace("a", "b", count=1))
show("partition('')", lambda: s.partition(""))
show("rpartition(None)", lambda: s.rpartition(None))
show("partition()", lambda: s.partition())
show("removeprefix(1)", lambda: s.removeprefix(1))
show("removesuffix()", lambda: s.removesuffix())
