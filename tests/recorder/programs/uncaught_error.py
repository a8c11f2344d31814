def divide(a, b):
    return a / b


values = [1.5, 2.0]
print(divide(values[0], values[1]))
print(divide(1, 0))
