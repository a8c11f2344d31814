# repr() and ascii() of strings: quote choice and escapes.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\r",
           "back\\slash", "\x00\x07\x1b\x7f", "\x80\x9f\xa0\xad", "é日本", "😀", "\u2028\u2029",
           "\ud800", "\U000e0001", "\u0378", "\ufeff", ""]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(["é", "a'b"]), ascii(["é", "a'b"]), ascii({"ü": "日"}))
