# Captured names follow normal scoping: globals, nonlocals, class bodies, comprehension-free.
counter = None


def set_global(v):
    global counter
    match v:
        case counter:
            pass


set_global(41)
print(counter)


def outer():
    found = "unset"

    def inner(v):
        nonlocal found
        match v:
            case [found, *_]:
                pass

    inner([1, 2, 3])
    return found


print(outer())


class Config:
    match {"debug": True}:
        case {"debug": flag}:
            pass


print(Config.flag)
