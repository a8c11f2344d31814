# Syntax tree nodes that share a line: two statements on one line, a call inside one of
# them, a loop body run three times, a comprehension, and a function never called.
def square(n):
    return n * n


def never_called():
    return -1


total = 0
for i in range(3):
    total += square(i); total += 1
values = [square(k) for k in range(2)]
print(total, values)
