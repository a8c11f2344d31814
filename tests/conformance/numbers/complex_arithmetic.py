# Arithmetic between complex, int, float and bool: + - * / ** (both directions), unary
# operators, abs, ==/!= with every kind of number, and augmented assignment.
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, b / a, a ** 2, a ** -2, a ** 0, a ** 0.5, a ** b)
print(1 + a, a + 1, 2.5 - a, a - 2.5, 3 * a, a * 0.5, 1 / a, a / 4, True + a, a * False)
print(2 ** a, 2.0 ** a, a ** 3, (1 + 1j) ** 10, (1 + 1j) ** 100, 1j ** 1j, (0.5 + 0.5j) ** 101)
print(0j ** 0, 0j ** 2, 0j ** 1.5, (-1) ** 0.5, (-8) ** (1 / 3), (-2.0) ** 1.5, 4 ** 0.5)
print(-a, +a, abs(a), abs(-3j), abs(complex(float("inf"), float("nan"))), abs(0j))
print(a.conjugate(), b.conjugate(), a.real, a.imag, type(a.real).__name__)
print(a == 3 + 4j, a != 3 + 4j, (2 + 0j) == 2, 2 == 2 + 0j, 2.0 == 2 + 0j, (2 + 1j) == 2)
print(1j == 1j * 1, 0j == 0, 0j == False, (1 + 0j) == True, complex(2**53 + 1) == 2**53 + 1)
print(complex(float("nan")) == complex(float("nan")), a == "3+4j", a != None, a in [3 + 4j])
print(bool(0j), bool(-0j), bool(1e-300j), bool(complex(0, float("nan"))))
c = 1 + 1j
c += 2
c *= 1j
c -= 0.5
c /= 2
c **= 2
print(c)
total = sum([1j, 2, 3.5, 4 - 1j])
print(total, sum((x * 1j for x in range(5)), 0j))
print(1e308 * (10 + 10j), (1e308 + 1e308j) / 1e-308 if False else "skipped")
print((1 + 2j) / (3 + 0j), (1 + 2j) / 1j, (5 + 5j) / (1e-300 + 1e-300j), 1 / (1e300 + 1e300j))
print(complex(1, 2) * complex(float("inf"), 0), (1e200 + 1e200j) * (1e200 + 1e200j))
