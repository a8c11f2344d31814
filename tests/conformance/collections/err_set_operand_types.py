# Operators need sets on both sides; comparisons with other types are not ordered.
def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("set | list", lambda: {1} | [2])
attempt("list | set", lambda: [2] | {1})
attempt("set & int", lambda: {1} & 1)
attempt("set - tuple", lambda: {1} - (1,))
attempt("set ^ str", lambda: {1} ^ "a")
attempt("set < list", lambda: {1} < [1])
attempt("set >= int", lambda: {1} >= 1)
attempt("set == list", lambda: {1} == [1])
attempt("set + set", lambda: {1} + {2})
attempt("set * 2", lambda: {1} * 2)
attempt("set[0]", lambda: {1}[0])
attempt("hash(set)", lambda: hash({1}))
s = {1}
s += {2}
