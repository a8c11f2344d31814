name = "w"
a = f"hello {name}!"
b = f'{name!r:>10} {{literal}} {a["k"]}'
c = F"""multi
{name}
line"""
d = rf"\d{name}" f'{1 + 2 = }' f"{'nested'}"
e = f"{x:{width}.{precision}}"
