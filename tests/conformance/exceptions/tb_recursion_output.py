def forever(n):
    return forever(n + 1)
def nested(n):
    if n == 0:
        raise ValueError("bottom")
    return nested(n - 1)
try:
    nested(30)
except ValueError as e:
    print("depth ok")
forever(0)
