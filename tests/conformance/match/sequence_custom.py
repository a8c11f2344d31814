# Subclasses of list and tuple are sequences; the items come from iteration and indexing.
class Pair(tuple):
    pass


class Tracked(list):
    def __getitem__(self, index):
        print("  getitem", index)
        return super().__getitem__(index)

    def __len__(self):
        print("  len")
        return super().__len__()


match Pair((1, 2)):
    case (a, b):
        print("pair", a, b)

t = Tracked([10, 20, 30, 40])
match t:
    case [first, *_, last]:
        print("first and last", first, last)

match t:
    case [a, b, *rest]:
        print("unpacked", a, b, rest)
