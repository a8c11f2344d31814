# islower(), isupper() and istitle(): cased characters decide, uncased ones are ignored.
samples = ["", "a", "A", "ǅ", "1", "abc", "ABC", "Abc", "aBC", "abc1", "ABC1", "Hello World",
           "Hello world", "HeLLo", "ǅungla", "ǅUngla", "Σας", "ΣΑΣ", "ß", "ﬁ", "Ⅻ", "ⅻ",
           "ⓐ", "Ⓐ", "123", "A1B2", "A1b2", " A", "a b c", "İ", "ǈ", "ᾈ", "ᾀ"]
for s in samples:
    print(repr(s), s.islower(), s.isupper(), s.istitle())
