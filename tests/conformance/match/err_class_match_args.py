# __match_args__ errors: too many positional sub-patterns, wrong type, non-str names.
class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]


class IntArgs:
    __match_args__ = (1,)


class One:
    __match_args__ = ("a",)
    a = 1


cases = [
    (NoArgs(), "no_args"),
    (ListArgs(), "list_args"),
    (IntArgs(), "int_args"),
    (One(), "too_many"),
    (One(), "repeated"),
    (5, "int_two"),
]
for subject, which in cases:
    try:
        match subject:
            case NoArgs(x) if which == "no_args":
                pass
            case ListArgs(x) if which == "list_args":
                pass
            case IntArgs(x) if which == "int_args":
                pass
            case One(x, y) if which == "too_many":
                pass
            case One(x, a=y) if which == "repeated":
                pass
            case int(x, y):
                pass
    except TypeError as e:
        print("TypeError:", e)
match NoArgs():
    case NoArgs(1):
        pass
