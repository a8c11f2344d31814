# Only hashable values can be set elements or dict keys; the error names the type.
for value in ([1, 2], {"a": 1}, {1, 2}, [[]], ([1],), bytearray(b"ab")):
    try:
        print(hash(value))
    except TypeError as e:
        print("TypeError:", e)
for build in (lambda: {[1]}, lambda: {{}: 1}, lambda: set([[1]]), lambda: frozenset([{}]),
              lambda: {1: 2}.get([1]), lambda: [1] in {1, 2}, lambda: {1: 2}.setdefault({}),
              lambda: dict.fromkeys([[1]]), lambda: {(1, [2])}, lambda: {1}.issubset([[1]])):
    try:
        print(build())
    except TypeError as e:
        print("TypeError:", e)
print(hash((1, 2)), hash(frozenset([1])), [1] in [[1]], {(1,): "ok"})


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v


try:
    {Key(1)}
except TypeError as e:
    print("TypeError:", e)
print(Key.__hash__)
seen = set()
for row in [[1, 2], [1, 2]]:
    seen.add(row)
