len = 3


def uses():
    return len, max(1, 2), print


def rebinds():
    global min
    min = 0


def local_shadow(list):
    return list, min
