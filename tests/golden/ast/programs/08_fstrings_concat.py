a = "plain" f"{x}" "tail"
b = (f"{a}"
     f"{b}"
     "c")
c = u"u-first" f"{x}"
d = "start" f"middle {x:>{w}} end" f"{y!r}"
e = f"{x}" ""
f = f"" f""
g = ("a" "b"
     f"{c}")
