# CPython's binary operator and comparison protocols when dunders return NotImplemented:
# reflected methods, subclasses first, in-place fallbacks, identity for == and !=, and the
# TypeErrors at the end of the chain. Every dunder call is logged.
log = []


def attempt(label, compute):
    log.clear()
    try:
        result = compute()
        print(label, "=", repr(result), log)
    except TypeError as e:
        print(label, "TypeError:", e, log)


class A:
    def __init__(self, answer=NotImplemented):
        self.answer = answer

    def __add__(self, other):
        log.append("A.__add__")
        return self.answer

    def __radd__(self, other):
        log.append("A.__radd__")
        return self.answer

    def __repr__(self):
        return type(self).__name__


class B:
    def __init__(self, answer=NotImplemented):
        self.answer = answer

    def __radd__(self, other):
        log.append("B.__radd__")
        return self.answer

    def __repr__(self):
        return "B"


class SubOverriding(A):
    def __radd__(self, other):
        log.append("SubOverriding.__radd__")
        return "sub"


class SubInheriting(A):
    pass


attempt("A+B", lambda: A() + B("b"))
attempt("A+B both decline", lambda: A() + B())
attempt("A+A declines", lambda: A() + A())
attempt("A+A answers", lambda: A(5) + A())
attempt("A+SubOverriding", lambda: A("a") + SubOverriding())
attempt("A+SubInheriting", lambda: A() + SubInheriting("s"))
attempt("1+A", lambda: 1 + A(7))
attempt("A+1", lambda: A() + 1)
attempt("A+1 answers", lambda: A(3) + 1)
attempt("A**2", lambda: A() ** 2)


class InPlace:
    def __init__(self, iadd=NotImplemented, add=NotImplemented):
        self.iadd = iadd
        self.add = add

    def __iadd__(self, other):
        log.append("InPlace.__iadd__")
        return self.iadd

    def __add__(self, other):
        log.append("InPlace.__add__")
        return self.add

    def __isub__(self, other):
        log.append("InPlace.__isub__")
        return NotImplemented


class NoInPlace:
    def __add__(self, other):
        log.append("NoInPlace.__add__")
        return "added"


def iadd(x, y):
    x += y
    return x


def isub(x, y):
    x -= y
    return x


attempt("iadd answers", lambda: iadd(InPlace("in place"), 1))
attempt("iadd falls back to add", lambda: iadd(InPlace(add="plain"), 1))
attempt("iadd falls back to radd", lambda: iadd(InPlace(), B("reflected")))
attempt("iadd nothing", lambda: iadd(InPlace(), B()))
attempt("isub nothing", lambda: isub(InPlace(), 1))
attempt("no iadd", lambda: iadd(NoInPlace(), 1))


class Cmp:
    def __init__(self, name, answer=NotImplemented):
        self.name = name
        self.answer = answer

    def __eq__(self, other):
        log.append(self.name + ".__eq__")
        return self.answer

    def __lt__(self, other):
        log.append(self.name + ".__lt__")
        return self.answer

    def __gt__(self, other):
        log.append(self.name + ".__gt__")
        return self.answer

    def __repr__(self):
        return self.name


class SubCmp(Cmp):
    pass


class EqOnly:
    def __init__(self, answer):
        self.answer = answer

    def __eq__(self, other):
        log.append("EqOnly.__eq__")
        return self.answer


class NeExplicit:
    def __ne__(self, other):
        log.append("NeExplicit.__ne__")
        return NotImplemented


x = Cmp("x")
attempt("x==x declines", lambda: x == x)
attempt("x==y declines", lambda: Cmp("x") == Cmp("y"))
attempt("x!=y declines", lambda: Cmp("x") != Cmp("y"))
attempt("x==y reflected", lambda: Cmp("x") == Cmp("y", "yes"))
attempt("x<y reflected", lambda: Cmp("x") < Cmp("y", True))
attempt("x<y declines", lambda: Cmp("x") < Cmp("y"))
attempt("x<sub first", lambda: Cmp("x", 1) < SubCmp("sub", 2))
attempt("x==sub first", lambda: Cmp("x", 1) == SubCmp("sub"))
attempt("x<1", lambda: Cmp("x") < 1)
attempt("1<x", lambda: 1 < Cmp("x", "reflected"))
attempt("eq-only !=", lambda: EqOnly(True) != 1)
attempt("eq-only != falsy", lambda: EqOnly("") != 1)
attempt("eq-only != declines", lambda: EqOnly(NotImplemented) != 1)
attempt("eq-only == other", lambda: EqOnly([1]) == 1)
attempt("ne explicit", lambda: NeExplicit() != NeExplicit())
attempt("ne explicit same", lambda: (lambda n: n != n)(NeExplicit()))
attempt("sorted", lambda: [c.name for c in sorted([Cmp("b", False), Cmp("a", False)])])
attempt("in list", lambda: Cmp("x") in [1, Cmp("y"), 3])
A() + A()
