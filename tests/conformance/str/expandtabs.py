# expandtabs() with the default and other tab sizes; columns restart after \n and \r.
texts = ["a\tb\tc", "\t", "ab\tcd\tef", "abcdefgh\tx", "x\ny\tz", "12\r\t3", "é\tü\t日本\tx",
         "no tabs", ""]
for t in texts:
    print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(1)),
          repr(t.expandtabs(0)), repr(t.expandtabs(-2)), repr(t.expandtabs(tabsize=3)))
