a = b + c - d * e / f // g % h ** i @ j
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= m
a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1
x = (a & b) | (c ^ d) << 2 >> 1
y = ~a if a != b and a == b or a <= b else a >= b < c > d
def f(x: int) -> int: return x
if (n := 10) > 5: pass
z = [1, 2][0:1]; w = {'a': 1}; v = a.b.c
...
