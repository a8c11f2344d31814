# Sequence patterns match lists, tuples and ranges (not str or bytes), by length and items.
def parse(command):
    match command:
        case []:
            return "empty"
        case [single]:
            return f"one: {single}"
        case [first, second]:
            return f"two: {first} {second}"
        case (a, b, c):
            return f"three: {a} {b} {c}"
        case _:
            return "not a short sequence"


for c in [[], ["go"], ("go", "north"), [1, 2, 3], range(3), range(2, 4), "ab", "abc", b"ab", bytearray(b"xy"),
          {1, 2}, {"k": 1}, [1, 2, 3, 4], (x for x in [1])]:
    print(type(c).__name__, parse(c))
