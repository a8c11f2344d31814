# A keyword attribute named twice is a SyntaxError at compile time.
for source in [
    "match v:\n    case C(a=1, a=2): pass\n",
    "match v:\n    case C(x, a=1, b=2, a=3): pass\n",
    "match v:\n    case C(__debug__=1): pass\n",
]:
    try:
        compile(source, "kw.py", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)


class Raiser:
    @property
    def boom(self):
        raise KeyError("inside the property")

    @property
    def quiet(self):
        raise AttributeError("treated as missing")


match Raiser():
    case Raiser(quiet=_):
        print("no")
    case Raiser():
        print("an AttributeError just means no match")
match Raiser():
    case Raiser(boom=_):
        print("no")
