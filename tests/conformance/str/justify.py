# center(), ljust(), rjust() and zfill(), including odd margins and non-ASCII fill.
for s in ["", "a", "ab", "abc", "héllo", "日本"]:
    for width in [0, 1, 4, 5, 8]:
        print(repr(s), width, repr(s.center(width)), repr(s.ljust(width, "*")),
              repr(s.rjust(width, "é")), repr(s.center(width, "·")))
for s in ["42", "-42", "+42", "", "-", "abc", "3.14", "-0", "日"]:
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(1)), repr(s.zfill(-3)))
print("abc".center(10, "日"), "x".center(4), "x".center(5), "xy".center(5), "xy".center(6))
