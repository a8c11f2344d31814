# reversed() needs a sequence or __reversed__.
def attempt(label, f):
    try:
        print(label, list(f()))
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("int", lambda: reversed(1))
attempt("set", lambda: reversed({1}))
attempt("frozenset", lambda: reversed(frozenset()))
attempt("iterator", lambda: reversed(iter([1])))
attempt("no args", lambda: reversed())
attempt("two args", lambda: reversed([], []))
attempt("keyword", lambda: reversed([], x=1))
attempt("zip", lambda: reversed(zip()))
attempt("dict", lambda: reversed({1: 2}))
attempt("None", lambda: reversed(None))
print(len(reversed([1, 2])))
