# A value pattern whose attribute is missing raises AttributeError when tried.
class Names:
    A = 1


def pick(x):
    match x:
        case 0:
            return "zero"
        case Names.B:
            return "b"
    return "none"


print(pick(0))
try:
    pick(1)
except AttributeError as e:
    print("AttributeError:", e)
pick(2)
