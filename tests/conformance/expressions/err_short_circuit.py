# `and`, `or` and conditional expressions guard risky operations; without the guard they fail.
def safe_ratio(a, b):
    return b != 0 and a / b


def first_word(text):
    return text and text.split()[0]


def lookup(d, key):
    return key in d and d[key] or "absent"


print(safe_ratio(6, 3), safe_ratio(1, 0), first_word("hello world"), repr(first_word("")))
print(lookup({"a": 1}, "a"), lookup({"a": 0}, "a"), lookup({}, "b"))
values = [4, 0, None, 2]
print([10 / v if v else "skip" for v in values])
tests = [
    lambda: 1 / 0 or True,
    lambda: False or 1 / 0,
    lambda: True and [][0],
    lambda: None or {}["k"],
    lambda: 0 and 1 / 0,
    lambda: "" or 0 or None.upper(),
    lambda: (1 / 0) if False else "lazy",
    lambda: "x" if None.attr else "y",
    lambda: int("3") if "3".isdigit() else int("x"),
    lambda: int("x") if not "x".isdigit() else 0,
]
for number, test in enumerate(tests, 1):
    try:
        print(number, repr(test()))
    except (ZeroDivisionError, IndexError, KeyError, AttributeError, ValueError) as e:
        print(number, type(e).__name__ + ":", e)
text = None
print(text is not None and len(text))
print(len(text) if text else 0)
print(text is None or len(text))
print(len(text) > 0 or "empty")
