# split() and rsplit() with a separator, maxsplit and separators of several characters.
texts = ["a,b,,c,", ",", "", "abc", "a,b", "a::b::::c", "éxéxé", "日本,語,"]
for t in texts:
    for sep in [",", "::", "x", "é", "bc", "日本"]:
        print(repr(t), repr(sep), t.split(sep), t.rsplit(sep), t.split(sep, 1), t.rsplit(sep, 1),
              t.split(sep=sep, maxsplit=0))
print("1-2-3-4".split("-", maxsplit=2), "1-2-3-4".rsplit("-", maxsplit=2))
print("aaaa".split("aa"), "aaaaa".rsplit("aa"), "aaa".split("a"))
