# lower() and upper() with full Unicode case mappings, special casing and the final sigma.
words = ["Hello, World!", "ÀÉÎÕÜ àéîõü", "straße", "İstanbul", "ﬁne ﬂow", "ŉ", "ǰ", "ΐ",
         "ΌΣΟΣ", "ΣΑΣ ΣΑΣ", "Σ", "aΣ", "aΣb", "aΣ.", "a'Σ", "Σa", "ὈΔΥΣΣΕΎΣ", "ΑΣ'Σ",
         "Ǆǅǆ", "Ⅻ ⅻ", "ⓐⓑ ⒶⒷ", "𝔘𝔫𝔦", "Ꭰꭰ", "123 abc", ""]
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), len(w.lower()), len(w.upper()))
print("MiXeD".lower() == "mixed", "MiXeD".upper() == "MIXED")
s = "Ascii Only Text"
print(s.lower() is s, s.lower() == s.lower())
