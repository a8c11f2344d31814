name = "x"
width = 10
print(f"{name!r:>{width}} {name=} {{}} {3.14:.{2}f}")
print(f'''{f"""{f'{f"{name}"}'}"""}''')
print(rf"\d{name}" fr'{name}\n' f"{'a' 'b'}" b"\x00" rb'\q')
print(f"{ (lambda: 1)() } {[i for i in range(3)]} {name:{'<'}{width}}")
