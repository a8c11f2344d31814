# A starred name collects the middle items into a list; *_ collects nothing.
def split(seq):
    match seq:
        case [first, *middle, last]:
            return first, middle, last
        case [only]:
            return only, [], None
        case []:
            return None


print(split([1, 2, 3, 4, 5]))
print(split((1, 2)))
print(split("x"))
print(split([7]))
print(split(range(10)))

for seq in [[1], [1, 2], [1, 2, 3], (1, 2, 3, 4)]:
    match seq:
        case [*head, 3]:
            print("ends in 3:", head)
        case [1, *_]:
            print("starts with 1, length", len(seq))

match [1, 2, 3]:
    case [*everything]:
        print(everything, type(everything).__name__)
