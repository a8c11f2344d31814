# Type errors around str: join items, membership, indexing, comparison, concatenation.
def show(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(result))
    return None


show("join int", lambda: ",".join(5))
show("join ints", lambda: ",".join([1, 2]))
show("join mixed", lambda: ",".join(["a", "b", 3]))
show("join None item", lambda: "".join(("a", None)))
show("join no args", lambda: ",".join())
show("join kw", lambda: ",".join(iterable=[]))
show("int in str", lambda: 1 in "abc")
show("None in str", lambda: None in "abc")
show("index float", lambda: "abc"[1.5])
show("index str", lambda: "abc"["1"])
show("index range", lambda: "abc"[3])
show("index negative", lambda: "abc"[-4])
show("index huge", lambda: "abc"[10**30])
show("slice step 0", lambda: "abc"[::0])
show("slice bad", lambda: "abc"["a":])
show("str < int", lambda: "a" < 1)
show("int >= str", lambda: 1 >= "a")
show("str + int", lambda: "a" + 1)
show("int + str", lambda: 1 + "a")
show("str - str", lambda: "a" - "b")
show("upper(1)", lambda: "a".upper(1))
show("isdigit kw", lambda: "a".isdigit(x=1))
show("title args", lambda: "a".title("x"))
show("unbound upper", lambda: str.upper())
show("descriptor", lambda: str.upper(5))
show("str() bad encoding", lambda: str(1, 2))
show("str() decoding str", lambda: str("a", "utf-8"))
show("str() bad keyword", lambda: str(x=1))
show("str() too many", lambda: str(1, 2, 3, 4))
show("no attribute", lambda: "a".nonexistent)
show("ord long", lambda: ord("ab"))
show("chr range", lambda: chr(0x110000))
