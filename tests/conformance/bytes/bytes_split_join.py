# split/rsplit/splitlines/partition/rpartition/join/strip/replace on bytes and bytearray.
text = b"  the quick\tbrown  fox\n jumps\x0bover \x0c the\rlazy dog  "
print(text.split(), text.split(None, 2), text.rsplit(None, 2), text.split(maxsplit=0), text.rsplit(maxsplit=1))
csv = b"a,b,,c,"
print(csv.split(b","), csv.split(b",", 2), csv.rsplit(b",", 2), csv.split(b",,"), csv.rsplit(bytearray(b",")))
print(b"".split(), b"".split(b"x"), b"   ".split(), b"   ".rsplit(None, 0), b"xx".split(b"x"), b"abc".split(b"abc"))
lines = b"one\ntwo\r\nthree\rfour\n\nfive"
print(lines.splitlines(), lines.splitlines(True), lines.splitlines(keepends=True), b"".splitlines(), b"\n".splitlines())
print(b"key=value=x".partition(b"="), b"key=value=x".rpartition(b"="), b"none".partition(b"="), b"none".rpartition(b"="))
print(b", ".join([b"a", bytearray(b"b"), b"c"]), b"".join([]), b"-".join(x for x in [b"1", b"2"]), b"|".join((b"x",)))
print(bytearray(b" / ").join([b"p", b"q"]), b"".join([bytearray(b"ab"), b"cd"]))
print(b"  pad  ".strip(), b"  pad  ".lstrip(), b"  pad  ".rstrip(), b"xxhixx".strip(b"x"), b"abcHIcba".strip(b"cab"),
      b"\t\n\x0b\x0c\r x".lstrip(), b"x\x1c".strip(), b"--a--".rstrip(bytearray(b"-")), b"aaa".strip(b"a"), b"q".strip(None))
print(b"hello".replace(b"l", b"L"), b"hello".replace(b"l", b"L", 1), b"hello".replace(b"", b"-"),
      b"hello".replace(b"", b"-", 3), b"aaa".replace(b"a", b""), b"abc".replace(b"x", b"y"), b"".replace(b"", b"!"),
      b"abab".replace(b"ab", b"ba", -1), b"abc".replace(b"b", bytearray(b"BB")), b"aaa".replace(b"aa", b"b"))
ba = bytearray(b"k1:v1;k2:v2")
pairs = [p.split(b":") for p in ba.split(b";")]
print(pairs, ba.partition(b";"), ba.replace(b"v", b"V"), ba.strip(b"k2v"), ba.splitlines(), type(ba.split()[0]).__name__)
words = b"the cat sat on the mat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, b" ".join(sorted(set(words))), b" ".join(w.capitalize() for w in words))
errors = [
    lambda: b"a".split(b""), lambda: b"a".split("a"), lambda: b"a".split(1), lambda: b"a".split(b"a", "x"),
    lambda: b"a".split(x=1), lambda: b"a".rsplit(b""), lambda: b"a".splitlines(1.5), lambda: b"a".partition(b""),
    lambda: b"a".partition("a"), lambda: b"a".partition(), lambda: b"a".join(["a"]), lambda: b"a".join([b"x", 1]),
    lambda: b"a".join(1), lambda: b"a".join(), lambda: b"a".strip("a"), lambda: b"a".strip(1), lambda: b"a".strip(b"a", b"b"),
    lambda: b"a".replace(b"a"), lambda: b"a".replace("a", b"b"), lambda: b"a".replace(b"a", "b"),
    lambda: b"a".replace(b"a", b"b", 1.5), lambda: bytearray(b"a").split(sep=1), lambda: b"a".rpartition(None),
]
for e in errors:
    try:
        print(e())
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
