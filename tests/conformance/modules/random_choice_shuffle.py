# choice and shuffle on lists, tuples, strings and ranges.
import random

r = random.Random(2024)
print([r.choice("abcdefg") for _ in range(12)])
print([r.choice(range(1000)) for _ in range(6)], r.choice((None, True, 3.5)))
deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
r.shuffle(deck)
print(deck[:13])
nums = list(range(10))
for _ in range(3):
    r.shuffle(nums)
    print(nums)
one = [1]
r.shuffle(one)
empty = []
r.shuffle(empty)
print(one, empty, r.choice([[1, 2]]))
