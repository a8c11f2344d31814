# Field names with attribute and index lookups.
data = {"key": "value", "num": [10, 20, 30], "nested": {"inner": "deep"}, "1": "string one"}
print("{0[key]} {0[num]} {0[num][1]} {0[nested][inner]}".format(data))
print("{d[key]}-{d[1]}".format(d=data))
print("{0[0]}{0[2]}".format("abc"), "{0[1]}".format((5, 6)), "{0[-1]}".format({"-1": "neg key"}))
print("{0.real} {0.imag} {1.real}".format(5, 2.5))
print("{f.__name__}".format(f=len), "{0.__class__}".format("s"))
print("{0[num][0]:>6}|{0[key]!r:^11}|".format(data))
print("{[key]}".format(data), "{.imag}".format(7))
print("{x[a b]}".format(x={"a b": "space key"}))
print("{0[ ]}".format({" ": "blank"}))
