# Guards run after the pattern bound its names; a false guard falls through to the next case.
calls = []


def positive(x):
    calls.append(x)
    return x > 0


def grade(score):
    match score:
        case int(s) if s >= 90:
            return "A"
        case int(s) if s >= 80:
            return "B"
        case int(s) if positive(s):
            return "C"
        case _ if isinstance(score, str):
            return "not a number"
        case _:
            return "F"


for s in [95, 85, 50, -1, "x", 3.5]:
    print(s, grade(s))
print(calls)

match [1, 2]:
    case [x, y] if x > y:
        print("descending")
    case [x, y] if (total := x + y) > 2:
        print("sum", total, "x", x, "y", y)
