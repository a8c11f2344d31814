# bytes % args errors: str arguments, wrong counts, bad characters and %c ranges.
tries = [
    lambda: b"%s" % "text",
    lambda: b"%s" % 5,
    lambda: b"%s %s" % (b"one",),
    lambda: b"%s" % (b"one", b"two"),
    lambda: b"%c" % 256,
    lambda: b"%c" % b"ab",
    lambda: b"%y" % 1,
    lambda: b"%d" % b"1",
    lambda: b"%(key)s" % (1,),
    lambda: b"%(key" % {b"key": 1},
    lambda: b"%" % (),
]
for attempt in tries:
    try:
        print(attempt())
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
print(b"%s" % {b"k": 1})
b"%d" % "1"
