# Error messages of str.format and format_map.
def show(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(result))
    return None


show("single }", lambda: "a } b".format())
show("single } at end", lambda: "abc}".format())
show("single {", lambda: "abc{".format())
show("auto then manual", lambda: "{} {0}".format(1))
show("manual then auto", lambda: "{0} {}".format(1))
show("index out of range", lambda: "{1}".format(0))
show("auto out of range", lambda: "{} {}".format(0))
show("no args", lambda: "{}".format())
show("missing keyword", lambda: "{name}".format(other=1))
show("missing keyword no kwargs", lambda: "{name}".format(1))
show("unknown conversion", lambda: "{!x}".format(1))
show("conversion then text", lambda: "{!rx}".format(1))
show("end after !", lambda: "{!".format(1))
show("end in conversion", lambda: "{0!r".format(1))
show("unmatched in spec", lambda: "{:{".format(1))
show("expected }", lambda: "{0".format(1))
show("brace in name", lambda: "{a{b}".format(1))
show("missing ]", lambda: "{0[}".format([1]))
show("missing ] at end", lambda: "{0[0}".format([1]))
show("after ]", lambda: "{0[0]x}".format([1]))
show("empty attribute", lambda: "{0.}".format(1))
show("empty index", lambda: "{0[]}".format([1]))
show("bad attribute", lambda: "{0.nope}".format(1))
show("bad index", lambda: "{0[5]}".format([1]))
show("bad key", lambda: "{0[k]}".format({}))
show("recursion", lambda: "{:{:{}}}".format(1, 2, 3))
show("too many digits", lambda: "{99999999999999999999}".format(1))
show("format_map positional", lambda: "{0}".format_map({"0": 1}))
show("format_map auto", lambda: "{}".format_map({}))
show("format_map missing", lambda: "{a}".format_map({}))
show("format_map non-mapping", lambda: "{a}".format_map(1))
show("format_map no args", lambda: "x".format_map())
show("__format__ returns", lambda: "{:d}".format("x"))
