def square(n):
    return n * n


def total(items):
    acc = 0
    for item in items:
        acc += square(item)
    return acc


numbers = [3, 1, 2]
numbers.append(4)
print(total(numbers))
i = 0
while i < 3:
    i += 1
print(i, numbers[1:3])
