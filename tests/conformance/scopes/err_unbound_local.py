# Assigning to a name anywhere in a function makes it local everywhere in that function.
count = 0


def increment():
    count += 1
    return count


def read_then_assign():
    print(total)
    total = 5


def conditional(flag):
    if flag:
        result = "set"
    return result


def free_variable():
    def inner():
        return value
    result = None
    try:
        result = inner()
    except NameError as e:
        result = type(e).__name__ + ": " + str(e)
    value = 1
    return result


for test in (increment, read_then_assign, lambda: conditional(True), lambda: conditional(False)):
    try:
        print(test())
    except UnboundLocalError as e:
        print("UnboundLocalError:", e, isinstance(e, NameError))
print(free_variable())
total = "global total"


def fixed():
    global count
    count += 1
    return count


print(fixed(), fixed())


def deleted():
    name = "x"
    del name
    return name


try:
    deleted()
except NameError as e:
    print(type(e).__name__, e)


def except_target():
    try:
        raise ValueError("boom")
    except ValueError as err:
        pass
    return err


try:
    except_target()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(increment())
