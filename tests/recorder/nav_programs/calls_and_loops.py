# Calls, a loop, recursion and a generator: the stepping commands' home ground.
def add(a, b):
    total = a + b
    return total


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def countdown(n):
    while n > 0:
        yield n
        n -= 1


values = []
for v in countdown(3):
    values.append(add(v, 10))
result = fact(4)
squares = [x * x for x in values]
print(values, result, squares)
