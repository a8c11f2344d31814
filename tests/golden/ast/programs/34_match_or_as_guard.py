match value:
    case 1 | 2 | 3:
        pass
    case (1 | 2) as small:
        pass
    case [x, y] if x > y:
        pass
    case Point(x=px) as p if px:
        pass
    case str() | bytes():
        pass
    case Color.RED | Color.GREEN as c:
        pass
    case (a, b) | [a, b]:
        pass
match x, y:
    case a, b:
        pass
match *a, b:
    case _:
        pass
