# The character class predicates on every ASCII character and on a few strings.
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "isnumeric",
         "isprintable", "isspace"]
for code in range(128):
    c = chr(code)
    flags = "".join(["1" if getattr(c, n)() else "0" for n in names])
    print(code, flags)
for s in ["", "abc", "abc1", "ab c", "_x1", "1x", "x-y", "  ", "\t\n", "Tab\t", "\x7f"]:
    print(repr(s), [getattr(s, n)() for n in names])
