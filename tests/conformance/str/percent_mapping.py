# %(key)s conversions look keys up in any mapping argument; keys may contain parentheses.
data = {"a": 1, "b": "two", "c": 3.5, "(x)": "paren", "": "empty", "é": "accent"}
print("%(a)s %(b)s %(c).2f %(a)05d" % data)
print("%((x))s %()s %(é)s" % data)
print("%(a)s%(a)r%(b)r" % data, "%%(a)s" % data, "%(b)-6s|%(b)6s|" % data)
print("no conversions" % data, "%s" % data)
print("%(0)s %(1)s" % {"0": "zero", "1": "one"})
print("%(key)s" % {"key": [1, 2]}, "%(key)s" % {"key": ()})
