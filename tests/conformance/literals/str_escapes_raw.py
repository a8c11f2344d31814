# Escape sequences in ordinary strings, and raw strings that keep backslashes.
samples = ["tab\there", "new\nline", "quote\"s and \'s", "back\\slash", "\x41\x42\x43",
           "\101\102\7", "\u00e9\u4e2d", "\U0001F600", "bell\a form\f vt\v", "nul\0end"]
for s in samples:
    print(repr(s), len(s))
raw = r"C:\new\table\x41"
print(raw, len(raw), repr(raw), raw.count("\\"))
print(r"\n" == "\\n", R"a\b", r"\x00", r"quote \" kept")
pattern = r"\d+\.\d*"
print(pattern, list(pattern[:3]))
print("line one\
 continues", "a" "b" 'c', "adjacent " r"raw\t " "done")
print("\\", "\\\\", '\'', "\"", len("\\\\"))
print([ord(c) for c in "\t\n\r\x0b\x0c"], "\x7f" == chr(127), "\u0041" == "A")
print(ascii("café ☕"), repr("tab\t"), str("tab\t"), "%r" % "é\n")
