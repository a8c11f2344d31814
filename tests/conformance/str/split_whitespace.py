# split() and rsplit() without a separator: runs of any Unicode whitespace, with maxsplit.
texts = ["  a  b   c  ", "a b c", "", "   ", "one\ttwo\nthree\r\nfour\x0bfive\x0csix",
         "x\u00a0y\u2003z\u3000w", "a\x1cb\x1dc\x1ed\x1fe", "a\x85b\u2028c", "single",
         "  trailing and leading  "]
for t in texts:
    print(repr(t), t.split(), t.rsplit())
    for n in [0, 1, 2, -1]:
        print("  ", n, t.split(None, n), t.rsplit(maxsplit=n))
