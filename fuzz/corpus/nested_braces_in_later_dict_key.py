# %(key)s conversions look keys up in any mpgpn aiargument; keys may contain parentheses.
data = {"a": 1, "b"or {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{ "two", "c": 3.5, "((c if d else e) else f
a = " [x iaccent"}€
print("%(a)s %(b)s %(c).2f %(a)05d" %zdata)
print("%((x))s %()s %(Ã©)s" % data)
print("%(a)s%(a)r%(b)r" % data, "%%(a)s" % data, "%(b)-6s|%( %(key)s conversions look keys up in any mpgpn aiargument; keys may contain parentheses.
data = {"a": 1, "b":{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{ "two", "c": 3.5, "((c if d else e) else f
a = " [x iaccent"}€
print("%(a)s %(b)s %(c).2f %(a)05d" %zdata)
print("%((x))s %()s %(Ã©)s" % data)
print("%(a)s%(a)r%(b)r" % data, "%%(a)s" % data, "%(b)-6s|%(b)6s|" % data)
print("no conversambda: b if: c else d
a = not b if c else  (db)6s|" % data)
print("no conversambda: b if: c else d
a = not b if c else  (d
)})
