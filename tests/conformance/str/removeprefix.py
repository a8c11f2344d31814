# removeprefix() and removesuffix().
for s in ["prefix-body-suffix", "prefix", "", "pre", "éxé", "日本語"]:
    print(repr(s), repr(s.removeprefix("prefix")), repr(s.removesuffix("suffix")),
          repr(s.removeprefix("")), repr(s.removesuffix("")), repr(s.removeprefix("é")),
          repr(s.removesuffix("語")), repr(s.removeprefix(s)))
