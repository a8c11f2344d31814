# Late binding fails when the captured variable is gone or changed by the time of the call.
def make_callbacks():
    callbacks = []
    for i in range(3):
        callbacks.append(lambda: i * 10)
    del i
    return callbacks


for cb in make_callbacks():
    try:
        print(cb())
    except NameError as e:
        print("NameError:", e)


def make_formatters():
    formatters = []
    for width in (4, 6):
        formatters.append(lambda s: s.rjust(width))
    width = "wide"
    return formatters


for f in make_formatters():
    try:
        print(repr(f("ab")))
    except TypeError as e:
        print("TypeError:", e)
handlers = [lambda: value for value in ()]
print(handlers)
total = 0


def add_later():
    return total + increment


try:
    add_later()
except NameError as e:
    print("NameError:", e)
increment = 5
print(add_later())
increment = "5"
print(add_later())
