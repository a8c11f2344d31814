# Reference cycles that only the cycle collector frees, and many containers made inside
# builtins, so that collections happen while searches evaluate breakpoint conditions.
class Node:
    def __init__(self, value):
        self.value = value
        self.partner = None


def pair(value):
    a = Node(value)
    b = Node(value + 1)
    a.partner = b
    b.partner = a
    a.junk = list(map(list, "abcdefghijklmnopqrst"))
    return a.value + b.value


total = 0
for i in range(120):
    total += pair(i)
print(total)
