match point:
    case (0, 0):
        print("Origin")
    case (0, y):
        print(y)
    case [x, 0]:
        print(x)
    case [x, y, *rest]:
        pass
    case [*_]:
        pass
    case []:
        pass
    case ():
        pass
    case x, y:
        pass
    case (x,):
        pass
    case [1, [2, [3]]]:
        pass
    case *first, last:
        pass
