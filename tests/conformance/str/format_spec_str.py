# format() for strings: alignment, fill characters, precision truncation.
values = ["", "a", "abc", "héllo", "日本語", "😀x"]
specs = ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", "é<6", ".2", "6.2", ">8.3s", "0", "05", "x<0",
         "\u00b7^9"]
for v in values:
    print(repr(v), "|".join([format(v, s) for s in specs]))
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
print("{:.0}|{:.100}|".format("abc", "abc"))
