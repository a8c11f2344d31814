# complex next to the rest of the language: %-formatting, str.format, math (which refuses
# complex), containers, sorting by abs, functools.reduce, conversions and a complex subclass.
import functools
import math

roots = [complex(math.cos(2 * math.pi * k / 6), math.sin(2 * math.pi * k / 6)) for k in range(6)]
print(["%.3f%+.3fj" % (z.real, z.imag) for z in roots])
print(functools.reduce(lambda a, b: a * b, roots), sum(roots), abs(sum(roots)) < 1e-12)
print(sorted([3 + 4j, 1j, -2, 0.5 - 0.5j], key=abs), max([1 + 1j, 2j, -3], key=lambda z: abs(z)))
print("%s %r %5s|%-8s|" % (1 + 2j, -1j, 1j, 2j), "{} {!r} {:>10} {:.1f}".format(1j, 2 + 0j, 3j, 1.25 + 2.75j))
print(str(1e-5j), repr(complex("1e-5j")), eval(repr(3.5 - 2j)) == 3.5 - 2j, complex(repr(-0j)), [complex(str(z)) == z for z in roots[:2]])
z = 2 - 3j
print(z * z.conjugate(), (z * z.conjugate()).real == abs(z) ** 2, math.isclose(abs(z) ** 2, 13.0), divmod(7, 2), z in {z: 1})
print({1j: "a", 1j * 1: "b"}, len({0j, 0, 0.0, False, -0j}), [x for x in (1, 1j, 1.0) if x == 1])
for text in ['"%f" % 1j', '"%d" % 1j', '"%x" % 1j', "math.sqrt(1j)", "math.floor(2j)", "math.isclose(1j, 1j)",
             "int('1j')", "float('1j')", "complex('1j', 1)", "math.fsum([1j])", "sum([1j], start='')"]:
    try:
        print(text, eval(text))
    except (TypeError, ValueError) as e:
        print(text, "->", type(e).__name__, e)
print(f"{(1+2j)*1j}", f"{abs(3+4j):.0f}", f"{(1j ** 2).real:+.1f}")
