# A value pattern reads the attribute each time the case is tried.
class Settings:
    target = 1


def hit(x):
    match x:
        case Settings.target:
            return "hit"
        case _:
            return "miss"


print(hit(1), hit(2))
Settings.target = 2
print(hit(1), hit(2))


class Counter:
    def __init__(self):
        self.reads = 0

    @property
    def value(self):
        self.reads += 1
        return 3


c = Counter()
for x in [1, 2, 3]:
    match x:
        case c.value:
            print("matched", x)
print("reads", c.reads)
