# repr() and str() of complex numbers: the real part is left out when it is +0, parts are
# written like float's repr without a trailing ".0", and signs, zeros, inf and nan follow
# CPython.
values = [
    1j, 2.5e3J, 0j, -0j, 1 + 2j, 1 - 2j, -1 - 2j, 0.5 + 0j, -0.0 + 1j, 1e16j, 1e-7j,
    123456789.123456789j, 3.0 + 4.5j, 1e300 * 1e300j, complex(0.0, -0.0), complex(-0.0, 0.0),
    complex(-0.0, -0.0), complex(float("nan"), float("inf")), complex(float("inf"), float("nan")),
    complex(float("-inf"), float("-inf")), complex(1e22, 1e-22), complex(2**53, 0.1),
    0.1 + 0.2j, 1e15 + 1e16j, -1e-5 - 1e-4j, complex(5), complex(), 10j ** 2,
]
for v in values:
    print(repr(v), str(v), v)
print([1j, -1j], (2 + 0j,), {"k": 3j})
print(f"{1 + 1j}", f"{-2j!r}", "%s %r" % (1 - 1j, 1.5j))
print(type(1j).__name__, type(1j) is complex, isinstance(2j, complex))
print(-(0j), -(-0j), +(1 - 0j), -(1 + 1j))
