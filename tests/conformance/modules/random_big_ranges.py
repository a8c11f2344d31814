# Draws over ranges far beyond 64 bits.
import random

r = random.Random(123)
print(r.getrandbits(200), r.getrandbits(1000) % 10**20)
print(r.randrange(10**50), r.randrange(-10**30, 10**30, 10**10))
print(r.randint(2**100, 2**100 + 5), r.choice(range(10**15, 10**15 + 10**12)))
print(r.sample(range(2**60), 3))
print(r.randbytes(8), r.randbytes(3), len(r.randbytes(100)))
