# title(), capitalize() and swapcase(), which use titlecase mappings and word boundaries.
texts = ["hello world", "HELLO WORLD", "they're bill's friends", "ǆungla ǉubav", "ǅ", "ﬁsh and ﬂour",
         "straße weg", "ŉoo", "élan vital", "1st 2nd 3rd", "o'neil mc-donald", "ΣΑΣ ΟΔΟΣ",
         "aΣ bΣc", "hello_world-foo.bar", "  leading", "İi", "", "x"]
for t in texts:
    print(repr(t), repr(t.title()), repr(t.capitalize()), repr(t.swapcase()))
print("ǅ".swapcase(), "ß".swapcase(), "ΑΣ".swapcase(), "ﬁ".capitalize())
