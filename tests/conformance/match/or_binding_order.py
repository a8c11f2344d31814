# Alternatives binding the same names in a different order still bind correctly.
def swap_check(v):
    match v:
        case ("first", a, b) | ("second", b, a):
            return a, b
        case {"one": p, "two": q} | [q, p]:
            return p, q


print(swap_check(("first", 1, 2)))
print(swap_check(("second", 1, 2)))
print(swap_check({"one": "P", "two": "Q"}))
print(swap_check(["Q", "P"]))


def nested(v):
    match v:
        case [(1 | 2) as n, ("x" | "y") as s] | [s, n]:
            return n, s


print(nested([1, "x"]))
print(nested([3, "z"]))
