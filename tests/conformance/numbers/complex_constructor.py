# complex(real, imag), complex(number), complex(str) and their errors.
class WithComplex:
    def __complex__(self):
        return 3 - 4j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 1.5


print(complex(1, 2), complex(1.5), complex(-2), complex(True, False), complex(imag=3))
print(complex(1 + 2j, 3 + 4j), complex(1j, 1j), complex(2j), complex(0.0, -0.0))
print(complex(10**20, 1), complex(WithComplex()), complex(WithFloat(), WithIndex()))
texts = [
    "1+2j", " 3.5-1j ", "(1+2j)", "( -4j )", "j", "-J", "+j", "1e3", "1e-3j", "inf+nanj",
    "-infinity-INFj", "1_000+2_0j", "\t7\n", "1.j", ".5-.5j", "１２+３j", "5+j", "6-j", "nanj",
]
for t in texts:
    print(repr(t), complex(t))
bad = [
    "", "1+", "1+2", "2j+1", "((1+2j))", "1 + 2j", "j1", "1__0j", "_1j", "1_j", "abc", "1+2jj",
    "(1+2j", "1+2j)", "1e", "--1", "1+-2j", "\0", "1\x002j",
]
for t in bad:
    try:
        complex(t)
    except ValueError as e:
        print("ValueError", repr(t), e)
calls = [
    lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex(None),
    lambda: complex(1, None), lambda: complex([]), lambda: complex(b"1"),
    lambda: complex(BadComplex()), lambda: complex(1, 2, 3), lambda: complex(real=1, x=2),
    lambda: complex(10**400), lambda: complex(1, 10**400),
]
for call in calls:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
