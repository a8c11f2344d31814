# Error messages of translate() and str.maketrans().
def show(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(result))
    return None


show("translate()", lambda: "abc".translate())
show("translate(1)", lambda: "abc".translate(1))
show("translate tuple value", lambda: "abc".translate({97: (1,)}))
show("translate big value", lambda: "abc".translate({97: 0x110000}))
show("translate negative", lambda: "abc".translate({97: -1}))
show("translate float", lambda: "abc".translate({97: 1.5}))
show("maketrans()", lambda: str.maketrans())
show("maketrans(1)", lambda: str.maketrans(1))
show("maketrans([])", lambda: str.maketrans([]))
show("maketrans long key", lambda: str.maketrans({"ab": 1}))
show("maketrans float key", lambda: str.maketrans({1.5: 1}))
show("maketrans unequal", lambda: str.maketrans("ab", "c"))
show("maketrans(1, 'a')", lambda: str.maketrans(1, "a"))
show("maketrans('a', 1)", lambda: str.maketrans("a", 1))
show("maketrans('a', 'b', 1)", lambda: str.maketrans("a", "b", 1))
show("maketrans 4 args", lambda: str.maketrans("a", "b", "c", "d"))
show("maketrans kw", lambda: str.maketrans(x={}))
