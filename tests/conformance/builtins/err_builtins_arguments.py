# Wrong arguments to builtins and CPython's messages for them.
tests = [
    lambda: abs("text"),
    lambda: abs(),
    lambda: divmod(1, "2"),
    lambda: divmod(1),
    lambda: pow(2, 3, 0),
    lambda: pow(2, -1, 4),
    lambda: pow(2.0, 3, 5),
    lambda: pow("2", 2),
    lambda: round("1.5"),
    lambda: round(1.5, 1.5),
    lambda: chr(-1),
    lambda: chr(0x110000),
    lambda: chr("a"),
    lambda: ord("ab"),
    lambda: ord(""),
    lambda: ord(65),
    lambda: hex(1.5),
    lambda: bin("1"),
    lambda: oct(None),
    lambda: isinstance(1, "int"),
    lambda: issubclass(1, int),
    lambda: hash([1]),
    lambda: hash({}),
    lambda: len(5),
    lambda: print("x", sep=1),
    lambda: print("x", end=2),
    lambda: print("x", file="out.txt"),
    lambda: sum(1, 2),
    lambda: sum([[1]], 0),
    lambda: iter(5),
    lambda: next([1]),
    lambda: getattr(1, "real", 2, 3),
    lambda: getattr(1, 2),
]
for number, test in enumerate(tests, 1):
    try:
        print(number, test())
    except (TypeError, ValueError, AttributeError) as e:
        print(number, type(e).__name__ + ":", e)
