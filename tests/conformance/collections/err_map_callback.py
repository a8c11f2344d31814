# An exception inside the mapped or filtering function propagates out of the consumer.
def half(x):
    if x == 3:
        raise ValueError("odd value " + str(x))
    return x // 2

m = map(half, [2, 4, 3, 8])
print(next(m), next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError:", e)
print(next(m))
f = filter(lambda x: 10 // x, [5, 2, 0, 1])
print(next(f), next(f))
try:
    list(f)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sorted(map(half, [2, 6, 3])))
