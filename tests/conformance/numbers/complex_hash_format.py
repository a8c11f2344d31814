# hash() of complex numbers (equal to the hash of an equal int or float), complex as dict
# keys and set members, and format() / f-string specs.
for v in [0j, 1j, -1j, 1 + 0j, 2.5 + 0j, 1 + 1j, 3 - 4j, 1e300j, -0j, complex(2**60, 1),
          complex(float("inf"), 0), complex(0, float("-inf")), 0.1 + 0.2j]:
    print(repr(v), hash(v))
print(hash(2 + 0j) == hash(2), hash(0.5 + 0j) == hash(0.5), hash(-1 + 0j))
d = {1: "int", 2.0: "float"}
d[1 + 0j] = "complex one"
d[3j] = "three j"
print(d, d[2 + 0j], {1, 1.0, 1 + 0j, 2j, 2j})
specs = ["", "g", ".2f", "10.3e", "<20", "^24.4g", "+", "+.1f", " ", "*>30", "E", ".0f", "#g",
         "#.0e", "_.2f", ",.1f", "G", "n", ".3", "020.3", "z.1f", "-", "9", ".10g"]
for spec in specs:
    for v in [1 + 2j, -1.25 - 3.5e-5j, 1234567.891j, complex(-0.0, 0.0), complex(float("nan"), float("-inf"))]:
        try:
            print(repr(spec), repr(format(v, spec)))
        except ValueError as e:
            print(repr(spec), "ValueError:", e)
x = 3.14159 - 2.71828j
print(f"{x:.3f}|{x:>30}|{x:e}|{x!s:^20}|{x.real:.1f}{x.imag:+.1f}j")
for bad in ["d", "%", "s", "x", "c", "b", "=10", "010", "0<10"]:
    try:
        format(1j, bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
try:
    format(1j, 5)
except TypeError as e:
    print("TypeError:", e)
print("{:.2f} and {!r:>12}".format(1 + 1j, 2j), "%s" % (3j,))
