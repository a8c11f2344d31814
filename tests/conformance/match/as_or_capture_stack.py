# Captures made before a failing sub-pattern are dropped; the next case starts afresh.
class Box:
    __match_args__ = ("content",)

    def __init__(self, content):
        self.content = content


def probe(v):
    match v:
        case [a, b, Box(int(c))] if c > 10:
            return ("big box", a, b, c)
        case [a, (b as bb), Box([c, d] | (c as d))]:
            return ("box", a, b, bb, c, d)
        case [a, *_, Box(c)]:
            return ("any", a, c)
    return None


print(probe([1, 2, Box(20)]))
print(probe([1, 2, Box(5)]))
print(probe([1, 2, Box([3, 4])]))
print(probe([1, 2, 3, Box("end")]))
print(probe([]))
