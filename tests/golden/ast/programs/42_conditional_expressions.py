a = b if c else d
a = (b if c else d) if e else f
a = b if (c if d else e) else f
a = [x if x else y for x in z]
a = lambda: b if c else d
a = not b if c else d
