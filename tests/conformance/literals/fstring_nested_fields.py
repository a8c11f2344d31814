# f-strings: expressions, conversions, format specs, nested fields and the = specifier.
name, score, ratio = "Ada", 97, 0.8765
print(f"{name} scored {score} ({ratio:.1%})")
print(f"{name!r} {name!s} {name!a} {'café'!a} {name:>8}|{name:<8}|{name:^8}|")
width, precision, fill = 10, 2, "*"
print(f"[{ratio:{width}.{precision}f}] [{score:{fill}^{width}}] [{name:{'>'}{width}}]")
print(f"{score=} {ratio = :.2f} {name.upper()=} {score * 2 + 1=}")
items = {"apple": 3, "kiwi": 12}
for k, v in items.items():
    print(f"{k:<8}{v:>4d}{v / 7:>8.3f}")
print(f"{{literal braces}} {'{'} {len(items)} {[x * 2 for x in range(3)]}")
print(f"{3 if score > 50 else 4} {(lambda x: x + 1)(2)} {items['kiwi']:#x} {score:b}")
print(f"{1234567:,} {1234567:_d} {0.5:e} {42:08.3f} {-42:+} {42: }")
nested = f"{f'{name:>{width}}'!r}"
print(nested)
print(f"""multi {name
}line""", f'''{score
:>5}''')
print(f"{'a' 'b'}", f"{name[0]}{name[-1]}", f"{score:{'x' if score > 50 else 'o'}}")
