# Strings are sequences of code points, from ASCII to emoji.
words = ["hello", "héllo", "日本語", "😀 smile", "naïve café", "Ωmega", "ß"]
for w in words:
    print(w, len(w), w.upper(), w[::-1], [hex(ord(c)) for c in w[:3]])
s = "a€𝄞"
print(len(s), [ord(c) for c in s], s[1], s[-1], s.find("𝄞"))
print(chr(8364), chr(0x1F600), ord("€"), "\u20ac" == "€", "e\u0301" == "é", len("e\u0301"))
print(sorted(["zebra", "Äpfel", "apple", "éclair", "Zoo"]))
print("straße".upper(), "ǅ".lower(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("Ünïcödé".casefold(), "ΣΑΣ".lower(), "123".isdigit(), "١٢٣".isdecimal(), "½".isnumeric())
print("🐍" * 3, "-".join("日本"), "日本語" < "日本人", "a" < "é" < "€")
print(repr("é"), ascii("é"), str("\u00e9"), f"{'€':*^7}", "%5s|" % "日本")
