# casefold() for caseless matching, against lower().
pairs = [("Straße", "STRASSE"), ("ﬁle", "FILE"), ("ΣΑΣ", "σας"), ("İ", "i̇"), ("ǅ", "ǆ"),
         ("Ꭰ", "ꭰ"), ("µ", "μ"), ("ſ", "s"), ("ẞ", "ss"), ("ﬃ", "ffi")]
for a, b in pairs:
    print(repr(a), repr(a.casefold()), repr(b.casefold()), a.casefold() == b.casefold(), a.lower() == b.lower())
print("ASCII Stays ASCII".casefold())
