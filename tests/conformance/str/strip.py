# strip(), lstrip() and rstrip() of whitespace or of a set of characters.
texts = ["  hello  ", "\t\n hello \r\n", "xxhelloxx", "", "   ", "\u00a0\u2003hi\u3000",
         "ééhéé", "日本日本語本日", ".,;!word!?;", "\x1cx\x1f", "abc"]
for t in texts:
    print(repr(t), repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()))
    for chars in ["x", "é", "日本", ".,;!?", "", "abc", None]:
        print("  ", repr(chars), repr(t.strip(chars)), repr(t.lstrip(chars)), repr(t.rstrip(chars)))
