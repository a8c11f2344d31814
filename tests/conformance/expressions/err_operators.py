# Operators on unsupported types raise TypeError naming the operator and the types.
tests = [
    lambda: 1 + "2",
    lambda: "2" + 1,
    lambda: [1] + (2,),
    lambda: {1} + {2},
    lambda: {"a": 1} + {"b": 2},
    lambda: "a" * "b",
    lambda: [1] * 2.5,
    lambda: 3 - "x",
    lambda: "abc" - "a",
    lambda: 2 ** "x",
    lambda: 1 < "2",
    lambda: [1] > "x",
    lambda: None >= 0,
    lambda: {1: 2} < {3: 4},
    lambda: -"x",
    lambda: ~1.5,
    lambda: +[1],
    lambda: 1 & 1.0,
    lambda: 1 << -1,
    lambda: "%d" % "x",
    lambda: 5 in 5,
    lambda: "a" in ["a"] in "abc",
]
for number, test in enumerate(tests, 1):
    try:
        print(number, test())
    except (TypeError, ValueError) as e:
        print(number, type(e).__name__ + ":", e)
total = 0
for item in [1, 2, "3", 4]:
    total += item
print(total)
