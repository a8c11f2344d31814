# A name bound by a failed case stays bound: the binding happens before the guard runs.
match (1, 2):
    case (a, b) if a > b:
        print("not taken")
    case _:
        print("a and b after the failed guard:", a, b)


def check(v):
    match v:
        case [x] if x:
            return "truthy", x
        case [x]:
            return "falsy", x


print(check([0]))
print(check([[1]]))
