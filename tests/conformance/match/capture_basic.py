# A capture pattern binds the subject; it matches anything, so it must come last.
def name_it(value):
    match value:
        case 0:
            return "zero"
        case other:
            return f"captured {other!r}"


print(name_it(0))
print(name_it(5))
print(name_it("text"))

match [1, 2]:
    case whole:
        print("whole is", whole, whole is not None)
print("still bound after the match:", whole)


def scope():
    match 10:
        case local_name:
            pass
    return local_name


print(scope())
