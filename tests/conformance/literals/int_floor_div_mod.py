# Floor division rounds toward minus infinity; the modulo takes the sign of the divisor.
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10, -10 // 10, -10 % 10)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, -0.0 % 5, 0.0 % -5)
print(divmod(-7.5, 2), divmod(10 ** 20, -3), divmod(-(10 ** 20), 7))
print(-(2 ** 100) // 3, -(2 ** 100) % 3, (2 ** 100) % -3)
print(int(-7 / 2), -7 // 2, round(-7 / 2), -7 / 2)
print([n % 3 for n in range(-5, 6)])
print([n // 3 for n in range(-5, 6)])
hours, minutes = divmod(-135, 60)
print(hours, minutes)
print(-5 % 1.5, 5 % -1.5, 1e300 % 7, -1e-300 % 1)
