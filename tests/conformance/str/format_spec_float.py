# format() for floats: no type, f, e, g, %, n, with precision, grouping and 'z'.
values = [0.0, -0.0, 1.0, -1.5, 3.14159265, 1234567.891, 1e-7, 1e16, 1.5e300, 0.5, 2.5,
          123.0, float("inf"), float("-inf"), float("nan")]
specs = ["", ".3", ".0", "f", ".2f", "10.2f", "<10.1f", "^+10.3f", "e", ".2e", "E", "g", ".3g",
         "G", "#g", "%", ".1%", ",", ",.2f", "_.3f", "010.2f", "z.1f", "z", "+", " ", "n",
         "=+12,.2f", "012,.1f", "#.0f", "#", ".1", ".16g", ".17g", "r".replace("r", "")]
for v in values:
    print(repr(v), "|".join([format(v, s) for s in specs]))
print(f"{3.14159:.2f}", f"{-0.0001:z.2f}", f"{1234.5:_}", f"{0.000012345:.3}", f"{100.0:.2}")
print(format(1.0, ".0"), format(9.99, ".2"), format(12.0, ".3"), format(123.456, ".4"))
