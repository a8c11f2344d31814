# itertools' TypeErrors and ValueErrors.
import itertools as it

cases = [
    lambda: it.count("a"),
    lambda: it.count(1, "a"),
    lambda: it.count(1, 2, 3),
    lambda: it.count(foo=1),
    lambda: it.repeat(),
    lambda: it.repeat(1, "a"),
    lambda: it.cycle(),
    lambda: it.cycle(1),
    lambda: it.cycle([1], x=2),
    lambda: it.accumulate(),
    lambda: it.accumulate(1),
    lambda: list(it.accumulate(["a", 1])),
    lambda: it.chain(x=1),
    lambda: list(it.chain(1)),
    lambda: it.chain.from_iterable(),
    lambda: it.compress("a"),
    lambda: it.dropwhile(len),
    lambda: it.takewhile(len, 5),
    lambda: it.filterfalse(None),
    lambda: it.groupby(),
    lambda: it.pairwise(),
    lambda: list(it.starmap(pow, [1])),
    lambda: it.tee("abc", -1),
    lambda: it.tee("abc", "x"),
    lambda: it.zip_longest("ab", foo=1),
    lambda: it.product("ab", repeat=-1),
    lambda: it.product(1),
    lambda: it.product("a", foo=2),
    lambda: it.permutations("ab", -1),
    lambda: it.permutations("ab", "x"),
    lambda: it.combinations("ab", -1),
    lambda: it.combinations("ab"),
    lambda: it.combinations_with_replacement("ab", -1),
    lambda: it.repeat(1).__length_hint__(),
    lambda: next(it.count()) + "x",
]
for f in cases:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
