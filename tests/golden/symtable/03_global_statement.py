counter = 0


def increment(step):
    global counter
    counter += step
    return counter


def reset():
    global total
    total = 0


increment(1)
print(counter, total)
