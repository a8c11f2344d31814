# None, True and False match by identity; other literals by equality.
def kind(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 1:
            return "one"
        case 0:
            return "zero"
    return "no match"


for v in [None, True, False, 1, 0, 1.0, 0.0, [], ""]:
    print(repr(v), kind(v))


class AlwaysEqual:
    def __eq__(self, other):
        print("  __eq__ called with", repr(other))
        return True


match AlwaysEqual():
    case None:
        print("matched None")
    case 42:
        print("matched 42 through __eq__")
