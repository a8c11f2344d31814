# Seeded Mersenne Twister sequences equal CPython's for int, float, str and bytes seeds.
import random

for seed in [0, 1, 42, -42, 2**32 - 1, 2**32, 2**64 + 5, 10**40, 3.25, -0.0, 1e300, True, "hello", "", "ünï😀", "hello".encode()]:
    random.seed(seed)
    print(repr(seed), random.random(), random.random(), random.getrandbits(5), random.getrandbits(40), random.getrandbits(100))
random.seed("abc", version=1)
print(random.random())
random.seed("abc".encode(), version=1)
print(random.random())
random.seed(12345)
print([round(random.random(), 6) for _ in range(8)])
print([random.getrandbits(k) for k in (0, 1, 2, 31, 32, 33, 63, 64, 65, 127, 128, 129)])
