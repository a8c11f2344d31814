# factorial, comb, perm, gcd, lcm and isqrt: exact, also for big arguments.
import math

print([math.factorial(n) for n in range(12)])
print(math.factorial(25), math.factorial(100) % (10**40 + 7))
print(len(str(math.factorial(1000))), math.factorial(2000) % 1000000007)
print(math.comb(10, 3), math.comb(10, 0), math.comb(10, 10), math.comb(5, 7), math.comb(100, 50))
print(math.comb(10**20, 3), math.comb(1000, 400) % 998244353)
print(math.perm(10, 3), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(50, 25) % 10**12)
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(0, 0))
print(math.gcd(2**200, 6**100), math.gcd(-48, 180, -30))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 7), math.lcm(-3, 5))
print(math.lcm(2**64, 3**40) == 2**64 * 3**40)
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 101]])
print(math.isqrt(10**50), math.isqrt(2**127 - 1), math.isqrt(True))
print(math.factorial(True), math.comb(True, True), math.gcd(True, 4))
