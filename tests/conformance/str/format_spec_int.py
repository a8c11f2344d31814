# format() and f-strings for ints: alignment, signs, zero padding, grouping, bases, 'c'.
values = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**64, True]
specs = ["", "d", "5", "<5", "^6", ">6", "=6", "+", " ", "-", "05", "08,", "010_", ",", "_",
         "x", "X", "#x", "#X", "#o", "b", "#b", "_b", "#_x", "*^9", "0=+8", "n", "e", ".2f", "%",
         "#010b", "é>7", "0>5", "<05", "09_x"]
for v in values:
    print(repr(v), "|".join([format(v, s) for s in specs]))
print(format(65, "c"), format(0x1F600, "c"), format(233, "^5c"), format(97, "=5c"))
print(f"{12345:,}", f"{-12345:_}", f"{255:#06x}", f"{7:03}", f"{-7:03}", f"{42:+}")
print(f"{10**30:,}", f"{-10**25:_x}", f"{2**100:b}"[:20])
