# An exception raised by __eq__ while matching a literal propagates out of the match.
class Broken:
    def __eq__(self, other):
        raise ValueError("cannot compare with " + repr(other))


def check(x):
    match x:
        case 1:
            return "one"
        case _:
            return "other"


print(check(1))
try:
    check(Broken())
except ValueError as e:
    print("ValueError:", e)
check(Broken())
