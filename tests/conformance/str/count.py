# count() of non-overlapping occurrences, with ranges and the empty substring.
tests = [("aaaa", "aa"), ("aaaaa", "aa"), ("abababa", "aba"), ("mississippi", "ss"),
         ("mississippi", "i"), ("", ""), ("abc", ""), ("ééé", "é"), ("ééé", ""), ("x", "xx")]
for s, sub in tests:
    print(repr(s), repr(sub), s.count(sub), s.count(sub, 1), s.count(sub, 1, -1), s.count(sub, -2),
          s.count(sub, 5))
text = "the quick brown fox jumps over the lazy dog " * 50
print(text.count("the"), text.count("o"), text.count(" "), text.count("dog the"), text.count("", 10, 20))
