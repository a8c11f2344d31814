# startswith/endswith with one string, tuples of strings and start/end ranges.
s = "Hello, wörld!"
checks = [("Hello",), ("hello",), (("x", "Hel"),), ((),), ("",), ("wörld", 7), ("wö", 7, 8),
          ("wö", 7, 9), ("Hello", -100), ("!", -1), ("", 13), ("", 14), ("", 5, 2), ("lo", 3, 5)]
for args in checks:
    print(args, s.startswith(*args), s.endswith(*args))
print(s.endswith(("!", "?")), s.endswith("wörld", 0, 12), s.endswith("ld!", None, None))
print("".startswith(""), "".endswith(""), "".startswith("a"), "abc".startswith("abcd"))
