# The callee of a class pattern must be a type.
def check(v):
    match v:
        case len():
            return "len?"
    return "none"


try:
    check(1)
except TypeError as e:
    print("TypeError:", e)

not_a_class = "str"
try:
    match "x":
        case not_a_class.upper():
            pass
except TypeError as e:
    print("TypeError:", e)
check([])
