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
        case _:
            return "other"


for value in [0, 1, -1, 2.5, "hello", "multipart", 1.0, 0.0, True, False, 3, "bye"]:
    print(repr(value), describe(value))
