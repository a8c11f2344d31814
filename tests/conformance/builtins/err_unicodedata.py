# unicodedata's errors: unnamed characters, unknown names, wrong argument types.
import unicodedata

tries = [
    lambda: unicodedata.name("\x00"),
    lambda: unicodedata.name("ab"),
    lambda: unicodedata.name(65),
    lambda: unicodedata.lookup("NO SUCH CHARACTER"),
    lambda: unicodedata.lookup("A" * 300),
    lambda: unicodedata.lookup(3),
    lambda: unicodedata.decimal("a"),
    lambda: unicodedata.digit("a"),
    lambda: unicodedata.category(""),
    lambda: unicodedata.name(),
]
for attempt in tries:
    try:
        print(repr(attempt()))
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(unicodedata.lookup(b"SPACE") == " ")
unicodedata.lookup("CJK UNIFIED IDEOGRAPH-4e00")
