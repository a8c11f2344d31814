# partition() and rpartition() around the first or last separator.
tests = [("key=value=more", "="), ("no separator", "="), ("=start", "="), ("end=", "="),
         ("a::b::c", "::"), ("", "x"), ("ééé", "é"), ("日本語テキスト", "語"), ("aaa", "aa")]
for s, sep in tests:
    print(repr(s), repr(sep), s.partition(sep), s.rpartition(sep))
