# Ints grow without limit: powers, factorials and mixed arithmetic on big values.
import math

big = 2 ** 1000
print(big)
print(len(str(big)), big.bit_length(), big % 1000007)
print(2 ** 64, 2 ** 64 - 1, -(2 ** 63))
print(3 ** 200 // 7 ** 50, 3 ** 200 % 7 ** 50)

fact = 1
for n in range(1, 101):
    fact *= n
print(fact)
print(fact == math.factorial(100), len(str(fact)), str(fact).count("0"))
print(sum(int(d) for d in str(fact)))

print(10 ** 30 + 1, 10 ** 30 - 1, (10 ** 30) * (10 ** 30))
print(-(10 ** 25) // 3, -(10 ** 25) % 3, (10 ** 25) // -7)
print(abs(-(2 ** 200)), -(2 ** 200) < -(2 ** 199), 2 ** 100 == 4 ** 50)
print(int(2 ** 100 / 3), 2 ** 100 / 2 ** 98, float(2 ** 80))
print(pow(2, 100, 10 ** 9 + 7), pow(12345678901234567890, 3))
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 40 + 1))
print(f"{2 ** 100:,}", f"{2 ** 80:_}", f"{10 ** 20:e}")
print(math.gcd(2 ** 100, 6 ** 40), math.isqrt(10 ** 40 + 12345))
print((2 ** 127 - 1) % 1000000, type(2 ** 1000).__name__)
