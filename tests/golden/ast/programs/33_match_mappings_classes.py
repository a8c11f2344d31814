match event:
    case {"type": "click", "pos": (x, y)}:
        pass
    case {"key": k, **rest}:
        pass
    case {**rest}:
        pass
    case {}:
        pass
    case {1: _, Color.RED: value}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2):
        pass
    case Point(1, y=2):
        pass
    case mod.Point():
        pass
    case a.b.C(x, y, z=1,):
        pass
