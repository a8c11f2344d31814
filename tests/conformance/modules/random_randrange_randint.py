# randrange and randint draw exactly as CPython's _randbelow does.
import random

r = random.Random(7)
print([r.randrange(10) for _ in range(15)])
print([r.randrange(5, 15) for _ in range(10)])
print([r.randrange(0, 100, 7) for _ in range(10)])
print([r.randrange(100, 0, -9) for _ in range(10)])
print([r.randrange(-50, -10, 3) for _ in range(10)])
print([r.randint(1, 6) for _ in range(20)])
print([r.randint(-3, 3) for _ in range(10)], r.randint(5, 5), r.randrange(1))
print(r.randrange(2**70), r.randrange(10**30, 10**31), r.randint(-2**80, 2**80))
print(r.randrange(start=3, stop=9, step=2), r.randint(a=0, b=1), r.randrange(1, 2**64, 2**40))
print(r.randrange(10.0), r.randrange(2, 8.0), r.randrange(0, 10, 2.0))
