# str operations on user classes: __format__, __str__/__repr__ in conversions, __index__
# and __float__ in %-formatting, attributes in str.format fields, str subclasses.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        text = f"{self.cents // 100}.{self.cents % 100:02d}"
        return format(text, spec) if spec else text

    def __str__(self):
        return f"${self.cents / 100:.2f}"

    def __repr__(self):
        return f"Money({self.cents})"


class Index:
    def __init__(self, n=42):
        self.n = n

    def __index__(self):
        return self.n


class Real:
    def __float__(self):
        return 2.5


class Upper(str):
    def shout(self):
        return self.upper() + "!"


m = Money(12345)
print(f"{m}|{m:>10}|{m!s}|{m!r}|{m!a}")
print("{0} {0!r} {0:*^12} {0.cents}".format(m))
print("%s %r %d %x %o %.1f %e" % (m, m, Index(), Index(), Index(), Real(), Real()))
print("%c" % Index(), "abc"[Index(1)], "abcd"[Index(1):Index(-1)], "x" * Index(3), "ab".center(Index(6), "-"))
print(format(m, "<8") + "|", str(m), repr(m), len(str(m)))
u = Upper("hello")
print(u.shout(), u + " world", u * 2, u[1:3], u.title(), type(u).__name__, type(u + "").__name__)
print(isinstance(u, str), "%s" % u, f"{u:>7}|", "{}".format(u), u == "hello", hash(u) == hash("hello"))
print(str(u), type(str(u)).__name__, "".join([u, u]), u.split("l"), u in "say hello")
