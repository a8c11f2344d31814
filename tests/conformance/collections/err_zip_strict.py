# zip(strict=True) names the argument that ended early or late.
def attempt(*args):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)

attempt([1, 2], [3])
attempt([1], [3, 4])
attempt([1, 2], [3, 4], [5])
attempt([1, 2], [3], [5, 6])
attempt([1], [3], [5, 6])
attempt([1], [3, 4], [5, 6])
attempt([1, 2], [3, 4], [5, 6], [])
attempt("ab", "cd")
z = zip("abc", "de", strict=True)
print(next(z), next(z))
next(z)
