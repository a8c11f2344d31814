counter = 0

def increment():
    global counter
    counter += 1

def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
    global a, b, c
    inner()
    return x
