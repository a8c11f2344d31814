match command.split():
    case [action]:
        pass
    case [action, obj] if obj:
        pass
    case Point(x=0, y=0) | Point(1, 2) as p:
        pass
    case {"x": 1, **rest}:
        pass
    case [1, 2, *others] | (3 | 4):
        pass
    case -1 | 1.5 | 2 + 3j | "s" b"" | None | True | a.b.c:
        pass
    case _:
        pass
