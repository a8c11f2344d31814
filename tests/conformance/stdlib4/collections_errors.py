# The errors of defaultdict, Counter, OrderedDict and ChainMap.
from collections import ChainMap, Counter, OrderedDict, defaultdict


def attempt(label, action):
    try:
        print(label, "->", action())
    except (TypeError, KeyError, ValueError, NotImplementedError) as exc:
        print(label, "->", type(exc).__name__ + ":", exc)


attempt("defaultdict factory", lambda: defaultdict(5))
attempt("defaultdict none", lambda: defaultdict(None)["x"])
attempt("counter plus int", lambda: Counter(a=1) + 1)
attempt("counter fromkeys", lambda: Counter.fromkeys("ab"))
attempt("counter compare", lambda: Counter() < {})
attempt("odict popitem", lambda: OrderedDict().popitem())
attempt("odict move", lambda: OrderedDict(a=1).move_to_end("b"))
attempt("odict missing", lambda: OrderedDict(a=1)["b"])
attempt("chain missing", lambda: ChainMap({"a": 1})["b"])
attempt("chain pop", lambda: ChainMap({}, {"a": 1}).pop("a"))
attempt("chain popitem", lambda: ChainMap({}, {"a": 1}).popitem())
attempt("chain del", lambda: ChainMap({}, {"a": 1}).__delitem__("a"))
attempt("counter unhashable", lambda: Counter([[1]]))
attempt("odict unhashable", lambda: OrderedDict({[1]: 2}))
print(Counter(a=1)["b"], defaultdict(list)["k"])
OrderedDict().popitem()
