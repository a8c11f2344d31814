# bytes.translate / maketrans, on bytes and bytearray, with deletion.
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], type(bytearray.maketrans(b"a", b"b")).__name__)
print(b"aabbcc".translate(table))
print(b"hello world".translate(None, b"lo"))
print(bytearray(b"banana").translate(table, b"n"))
print(b"abc".translate(None, delete=b"b"))
rot13 = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"nopqrstuvwxyzabcdefghijklm")
print(b"uryyb".translate(rot13))
same = b"unchanged"
print(same.translate(None) is same, same.translate(None) == same)
for bad in [lambda: b"a".translate(b"short"), lambda: bytes.maketrans(b"ab", b"c"),
            lambda: b"a".translate(1), lambda: bytes.maketrans("a", "b")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
