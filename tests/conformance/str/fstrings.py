# f-strings: conversions, specs, nested specs and the kind of report the benchmark builds.
name = "wörld"
n = 1234.5678
items = [("alpha", 10), ("beta", 200), ("gamma", 3000)]
print(f"hello {name}!", f"{name!r}", f"{name!a}", f"{name!s:>8}", f"{name.upper()}")
print(f"{n:.2f} {n:,.1f} {n:e} {n:>12.3f}| {int(n):08d}")
width = 10
precision = 2
print(f"[{n:{width}.{precision}f}]", f"[{name:{'*'}^{width}}]")
for rank in range(len(items)):
    word, count = items[rank]
    print(f"{rank + 1:>3}. {word:<14}{count:>7} {'#' * (count // 100)}")
print(f"{{literal}} {'{'}{name}{'}'}", f"{1 + 1}", f"{'nested ' + f'{2 * 3}'}")
print(f"{None}", f"{[1, 2]!r}", f"{True:d}", f"{3:c}", f"{'x'!r:5}|")
