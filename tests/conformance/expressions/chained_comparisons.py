# a < b < c means a < b and b < c, with b evaluated only once.
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5 > 4, 1 < 2 > 1 < 2, 3 == 3 == 3, 1 != 2 != 1)
print(1 < 10 < 5, "a" < "b" < "c" == "c", [1] < [1, 0] < [2], 0 <= x - 5 < 1)


def value(v):
    print("evaluating", v)
    return v


print(value(1) < value(2) < value(3))
print(value(3) < value(2) < value(1))
print(value(1) == value(1) != value(1))
print(1 in [1, 2] in [[1, 2]], 2 not in [1] not in [[2]], None is None is not False)
grades = [55, 70, 85, 92, 100]
for g in grades:
    band = "A" if 90 <= g <= 100 else "B" if 80 <= g < 90 else "C" if 60 <= g < 80 else "F"
    print(g, band)
print(sorted(n for n in range(30) if 5 < n % 12 < 9))
a = b = c = 2
print(a == b == c, a is b is c, a <= b < c, (a < b) < c, a < (b < c))
