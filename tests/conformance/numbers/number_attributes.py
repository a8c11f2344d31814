# The numeric tower's attributes on int, bool, float and complex: real, imag, numerator,
# denominator and conjugate().
for v in [7, -3, 0, True, False, 2**100, -(2**70)]:
    print(repr(v), v.real, v.imag, v.numerator, v.denominator, v.conjugate(),
          type(v.real).__name__, type(v.conjugate()).__name__)
for v in [1.5, -0.0, float("inf"), 1e300, 3.0]:
    print(repr(v), v.real, v.imag, v.conjugate(), type(v.imag).__name__)
for v in [1 + 2j, -3j, complex(1.5, -0.0)]:
    print(repr(v), v.real, v.imag, v.conjugate(), v.conjugate().conjugate() == v)


class MyFloat(float):
    pass


class MyInt(int):
    pass


class MyComplex(complex):
    def describe(self):
        return f"MyComplex({self.real}, {self.imag})"


f, i, c = MyFloat(2.5), MyInt(9), MyComplex(1, -1)
print(type(f.real).__name__, type(f.conjugate()).__name__, type(i.real).__name__, i.numerator)
print(c, repr(c), type(c).__name__, c.describe(), type(c + 1).__name__, type(-c).__name__,
      type(+c).__name__, type(c.conjugate()).__name__, isinstance(c, complex), c == 1 - 1j)
print(complex(c), type(complex(c)).__name__, MyComplex("2+3j"), hash(c) == hash(1 - 1j))
print(sum(v.imag for v in [1j, 2j, 3]), [n.real for n in (1, 2.5, 3j)], abs(-7).conjugate())
for expr in ["(1.5).conjugate(2)", "(5).conjugate(1)", "(2.0).is_integer(0)", "(3).real()",
             "(1.0).imag.nope"]:
    try:
        exec(expr)
    except (TypeError, AttributeError) as e:
        print(expr, "->", type(e).__name__, e)
