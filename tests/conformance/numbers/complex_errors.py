# The exceptions complex operations raise, with CPython's messages.
ops = [
    ("1j / 0", lambda: 1j / 0), ("1 / 0j", lambda: 1 / 0j), ("1.5 / 0j", lambda: 1.5 / 0j),
    ("0j ** -1", lambda: 0j ** -1), ("0j ** 1j", lambda: 0j ** 1j), ("0j ** -2.5", lambda: 0j ** -2.5),
    ("(1e200+1e200j) ** 2", lambda: (1e200 + 1e200j) ** 2), ("10j ** 1000.5", lambda: 10j ** 1000.5),
    ("1e308j ** 1e308j", lambda: (1 + 1e308j) ** 1e308), ("abs(1e308+1e308j)", lambda: abs(1e308 + 1e308j)),
    ("1j < 2j", lambda: 1j < 2j), ("1j >= 1", lambda: 1j >= 1), ("2.0 > 1j", lambda: 2.0 > 1j),
    ("1j // 2", lambda: 1j // 2), ("1j % 2", lambda: 1j % 2), ("5 // 1j", lambda: 5 // 1j),
    ("1j << 1", lambda: 1j << 1), ("~1j", lambda: ~1j), ("1j & 1", lambda: 1j & 1),
    ("int(1j)", lambda: int(1j)), ("float(2j)", lambda: float(2j)), ("round(1j)", lambda: round(1j)),
    ("1j + 'a'", lambda: 1j + "a"), ("'a' * 1j", lambda: "a" * 1j), ("[1] * 2j", lambda: [1] * 2j),
    ("pow(1j, 2, 3)", lambda: pow(1j, 2, 3)), ("pow(2, 3, 1j)", lambda: pow(2, 3, 1j)),
    ("pow(2.0, 1j, 3)", lambda: pow(2.0, 1j, 3)), ("pow(1j, 'a', 3)", lambda: pow(1j, "a", 3)),
    ("range(1j)", lambda: range(1j)), ("[0][1j]", lambda: [0][1j]), ("hex(1j)", lambda: hex(1j)),
    ("1j.conjugate(1)", lambda: 1j.conjugate(1)), ("1j.real = 2", lambda: setattr(1j, "real", 2)),
    ("1j.nope", lambda: 1j.nope), ("complex.conjugate(1)", lambda: complex.conjugate(1)),
    ("sorted([1j, 2j])", lambda: sorted([1j, 2j])), ("max(1j, 2)", lambda: max(1j, 2)),
]
for text, op in ops:
    try:
        print(text, "=", op())
    except Exception as e:
        print(text, "!", type(e).__name__ + ":", e)
x = 2 + 3j
print(x / 0)
