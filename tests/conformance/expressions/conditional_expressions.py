# `a if cond else b` evaluates only the chosen branch; conditionals nest to the right.
for n in range(-2, 3):
    print(n, "positive" if n > 0 else "zero" if n == 0 else "negative")
print([("even" if i % 2 == 0 else "odd") for i in range(5)])
print([i if i % 3 else -i for i in range(7)])
x = 0
print(10 / x if x else "no division", (lambda v: "big" if v > 100 else "small")(150))


def pick(flag):
    print(" choosing", flag)
    return flag


print("yes" if pick(True) else 1 / 0, 1 / 0 if pick(False) else "no")
temperature = 23
clothing = "coat" if temperature < 10 else "sweater" if temperature < 20 else "t-shirt"
print(clothing)
values = [3, -1, 4, -1, 5]
print(sum(v if v > 0 else 0 for v in values), max(values) if values else None)
print(f"{'odd' if len(values) % 2 else 'even'} count", ("a" if True else "b") * 3)
status = None
label = "unknown" if status is None else ("ok" if status else "fail")
print(label, (1 if True else 2) + 10, 1 if False else 2 + 10)
