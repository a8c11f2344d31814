# Errors around dict views, popitem and iteration while changing size.
def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, KeyError, RuntimeError) as e:
        print(label, type(e).__name__ + ":", e)

attempt("popitem", lambda: {}.popitem())
attempt("popitem(1)", lambda: {}.popitem(1))
attempt("keys(1)", lambda: {}.keys(1))
attempt("fromkeys()", lambda: dict.fromkeys())
attempt("fromkeys(1)", lambda: dict.fromkeys(1))
attempt("dict | int", lambda: {} | 1)
attempt("keys & 1", lambda: {}.keys() & 1)
attempt("keys < 1", lambda: {}.keys() < 1)
attempt("hash(keys)", lambda: hash({}.keys()))
attempt("hash(items)", lambda: hash({}.items()))
attempt("[1] in keys", lambda: [1] in {1: 2}.keys())
attempt("isdisjoint(1)", lambda: {1: 1}.keys().isdisjoint(1))
d = {1: 1, 2: 2}
attempt("change size", lambda: [d.setdefault(k + 10, 0) for k in d])
attempt("values change", lambda: [d.pop(k) for k in list(d.keys())[:1] for _ in d.values()])
d = {"a": 1}
d |= 5
