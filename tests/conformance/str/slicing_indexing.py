# Indexing and slicing count code points, with steps, negative bounds and big values.
for s in ["abcdefghij", "héllo wörld", "日本語テキスト", "a😀b😀c", ""]:
    n = len(s)
    print(repr(s), n)
    for i in [0, 1, -1, n - 1, -n]:
        if -n <= i < n:
            print("  ", i, repr(s[i]))
    print("  ", repr(s[2:5]), repr(s[:-2]), repr(s[-3:]), repr(s[::2]), repr(s[::-1]),
          repr(s[1::3]), repr(s[-2:1:-2]), repr(s[5:2]), repr(s[100:]), repr(s[-100:2]),
          repr(s[10**20:]), repr(s[:10**20]), repr(s[::10**20]), repr(s[None:None:-1]))
s = "0123456789"
print(s[slice(2, 8, 3)], s[slice(None)], s[slice(-1, None, -4)], s[True], s[False:True])
