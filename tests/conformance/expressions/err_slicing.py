# Index and slice errors on lists, tuples, strings and ranges.
letters = list("abcde")


def assign(target, index, value):
    target[index] = value


def delete(target, index):
    del target[index]


tests = [
    ("index", lambda: letters[5]),
    ("negative", lambda: letters[-6]),
    ("str index", lambda: letters["1"]),
    ("float index", lambda: letters[1.0]),
    ("step zero", lambda: letters[::0]),
    ("extended size", lambda: assign(letters, slice(None, None, 2), [1, 2])),
    ("tuple item", lambda: assign((1, 2), 0, 5)),
    ("str item", lambda: assign("abc", 0, "x")),
    ("tuple index", lambda: (1, 2)[2]),
    ("str index range", lambda: "abc"[10]),
    ("range index", lambda: range(3)[3]),
    ("assign index", lambda: assign(letters, 9, "z")),
    ("del index", lambda: delete(letters, -9)),
    ("del tuple", lambda: delete((1,), 0)),
    ("del str slice", lambda: delete("abc", slice(1))),
    ("slice of int", lambda: len(letters)[1:2]),
    ("slice float bound", lambda: letters[1.5:]),
    ("assign non-iterable", lambda: assign(letters, slice(0, 1), 5)),
]
for label, test in tests:
    try:
        print(label, test())
    except (IndexError, TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)
print(letters)
t = (1, 2, 3)
t[0] = 9
