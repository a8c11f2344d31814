values = [1, 2, 3]
if any((hit := v) > 1 for v in values):
    print(hit)


def outer():
    grid = [[found := cell for cell in row] for row in values]
    return grid, found


def declares():
    global marker
    return [marker := v for v in values]


def tag(name):
    return lambda f: f


@tag(lambda: values)
def decorated(a=len(values), *, b=lambda: 0):
    return a, b
