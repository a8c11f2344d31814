# Operator precedence and associativity, checked against explicit parentheses.
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4)
print(7 // 2 * 2, 7 % 3 * 2, -7 // 2, -(7 // 2), +-+-1, - - 3)
print(1 + 2 << 3, 1 + (2 << 3), 6 & 3 | 8, 6 & (3 | 8), 5 ^ 3 & 1, ~1 + 1, ~(1 + 1))
print(1 < 2 == True, (1 < 2) == True, not 1 == 2, (not 1) == 2)
print(True or False and False, (True or False) and False, not True or True)
print(1 if 0 else 2 if 0 else 3, (1 if 0 else 2) if 1 else 3)
print(3 * "ab" + "c", "x" + "y" * 2, [1] * 2 + [3], 2 * 3 ** 2, -3 ** 2 * 2)
f = lambda x: x + 1 if x else 0
print(f(0), f(5), (lambda: 1 or 2)(), 1 + 2 == 3 and 4 or 5)
a, b, c = 2, 3, 4
print(a + b * c ** 2 // a - b % c, a * -b, a ** -b, a - -b, a < b < c, a | b ^ c & a)
print(a in [2, 3] and b not in [2], not a in [3], a is not None == True)
x = 5
print(x > 3 and x < 10, 0 < x <= 5, x % 2 == 1 or x // 0, x * 2 if x > 4 else x / 0)
print(((1 + 2) * (3 + 4)) ** 2 % 17, 1 - 2 - 3 - 4, 2 ** 2 ** 2 ** 2)
