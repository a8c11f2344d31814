# Predicates on non-ASCII text: decimal vs digit vs numeric, letters of many scripts,
# Unicode whitespace, printability and identifiers.
samples = ["١٢٣", "۴۵", "२३", "²³", "①②", "Ⅻ", "½", "〇", "五", "𝟘𝟙", "é", "日本語", "ﬁ",
           "\u00a0", "\u2003", "\u3000", "\x1c\x1d\x1e\x1f", "\x85", "\u200b", "\u00ad",
           "\U0001f600", "a\u0301", "ǅ", "ᾈ", "\ud800", "\U000e0001", "𝔘", "Ⓐ", "_é1",
           "é_", "1é", "℘", "℮x", "·x", "x·", "\u2028", "ª", "µ"]
names = ["isalnum", "isalpha", "isdecimal", "isdigit", "isnumeric", "isprintable", "isspace",
         "isidentifier", "isascii"]
for s in samples:
    print(ascii(s), [getattr(s, n)() for n in names])
