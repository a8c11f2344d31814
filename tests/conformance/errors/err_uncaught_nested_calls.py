# An exception raised deep in a call chain and never caught: status 1 after the output.
def parse(text):
    return int(text)


def total(items):
    return sum(parse(item) for item in items)


def report(items):
    print("items:", items)
    value = total(items)
    print("total:", value)


report(["1", "2", "3"])
report(["4", "five", "6"])
print("not reached")
