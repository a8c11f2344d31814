# join() over lists, tuples, strings, dicts and iterators, with empty and non-ASCII parts.
print(", ".join(["a", "b", "c"]))
print("".join(("x", "y", "z")))
print("-".join("abc"))
print("é".join(["日", "本", "語"]))
print(repr(" ".join([])), repr("x".join([""])), repr("x".join(["", ""])), repr("".join(["", "a"])))
print("+".join({"k1": 1, "k2": 2}))
print("|".join(iter(["p", "q"])))
print("/".join([str(n) for n in range(10)]))
parts = ["word"] * 1000
joined = " ".join(parts)
print(len(joined), joined[:14], joined.count("word"))
single = "alone"
print(" ".join([single]) is single, "".join(["😀", "x"]), len("".join(["😀", "x"])))
