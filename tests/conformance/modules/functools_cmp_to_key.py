# cmp_to_key turns an old-style comparison into a key for sorted, min, max.
from functools import cmp_to_key


def by_length_then_text(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_text)))
print(sorted(words, key=cmp_to_key(by_length_then_text), reverse=True))
print(min(words, key=cmp_to_key(by_length_then_text)), max(words, key=cmp_to_key(by_length_then_text)))
K = cmp_to_key(lambda a, b: a - b)
one, two = K(1), K(2)
print(one < two, one > two, one == two, one <= one, one != two, two >= one, one.obj)
one.obj = 7
print(one > two, K(obj=3).obj)
print(sorted([3, -1, 2], key=cmp_to_key(lambda a, b: abs(a) - abs(b))))
