# Errors raised inside comprehensions and generator expressions propagate to the caller.
data = [4, 2, 0, 1]
try:
    print([10 // d for d in data])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print({k: v for k, v in [(1, 2), (3,)]})
except ValueError as e:
    print("ValueError:", e)
try:
    print({[i] for i in range(3)})
except TypeError as e:
    print("TypeError:", e)
gen = (int(s) for s in ["1", "2", "x", "4"])
print(next(gen), next(gen))
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)
print(list(gen))
try:
    print([y for y in range(3) if undefined_name])
except NameError as e:
    print("NameError:", e)
try:
    print(sum(x for x in 5))
except TypeError as e:
    print("TypeError:", e)
try:
    print({d["key"]: d for d in [{"key": 1}, {}]})
except KeyError as e:
    print("KeyError:", e)
print([i for i in range(3)])
print(i)
