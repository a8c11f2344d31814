def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def risky(x):
    if x < 0:
        raise ValueError("negative: %d" % x if False else "negative")
    return x


results = {}
for value in (2, -1, 3):
    try:
        results[value] = risky(value)
    except ValueError as e:
        results[value] = str(e)
    finally:
        results["last"] = value
print(fact(10), results)
text = "a,b,,c".split(",")
print(len(text), "-".join(text).upper())
