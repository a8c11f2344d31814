# Search results are code point indices, also in text with 2, 3 and 4 byte characters.
s = "naïve café — 日本語のテキスト 😀 end 😀 ü"
for sub in ["é", "café", "日本", "テキスト", "😀", "end", "ü", " ", "—", "x"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
print(s.find("😀", 20), s.rfind("😀", 0, 25), s.find("e", -5), s.index("語"), s.rindex(" "))
print(s.startswith("café", 6), s.endswith("😀", 0, 25), s.startswith("日本", -24))
long = "é" * 100 + "x" + "ü" * 50 + "x"
print(long.find("x"), long.rfind("x"), long.find("ü", 120), long.count("ü", 0, 130), len(long))
print(long[100], long[151], long[99:102], long[-3:])
