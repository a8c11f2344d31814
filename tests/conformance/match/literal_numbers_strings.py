# Literal patterns: numbers, strings, negative numbers, equality semantics.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "greeting"
        case 'multi' 'part':
            return "concatenated"
        case b"raw":
            return "bytes"
        case 1 + 2j:
            return "complex"
        case -0.5 - 1j:
            return "negative complex"
        case _:
            return "other"


for value in [0, 1, -1, 2.5, "hello", "multipart", b"raw", bytearray(b"raw"), 1 + 2j, complex(-0.5, -1), 2j, 1.0, 0.0, True, False, 3, "bye"]:
    print(repr(value), describe(value))
