# splitlines() on every line boundary CPython knows, with and without keepends.
text = "a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True))
for t in ["", "\n", "\n\n", "x\n", "\r\n\r", "no break", "\r\r\n\n", "tail\u2029"]:
    print(repr(t), t.splitlines(), t.splitlines(1), t.splitlines(keepends=False))
print("a\x1fb".splitlines(), "a\u0085b\u000ac".splitlines(), "a\x0dc".splitlines(5))
