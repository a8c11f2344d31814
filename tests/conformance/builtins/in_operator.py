# `in` and `not in` on every container kind.
print(3 in [1, 2, 3], 4 not in [1, 2, 3], "b" in ("a", "b"), [1] in [[1], [2]])
print("ell" in "hello", "" in "abc", "L" in "hello", "lo w" in "hello world")
ages = {"ann": 30, "bob": 25}
print("ann" in ages, 30 in ages, 30 in ages.values(), ("bob", 25) in ages.items())
print(2 in {1, 2}, frozenset([1]) in {frozenset([1])}, 5 in range(0, 10, 5), 7 in range(0, 10, 5))
print(1.0 in [1], True in [1], None in [0, False], float("nan") in [float("nan")])
nan = float("nan")
print(nan in [nan], (1, 2) in [(1, 2)], "x" in iter("xyz"))
it = iter([1, 2, 3, 4])
print(2 in it, list(it))


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __contains__(self, item):
        print(" checking", item)
        return item in self.items


class Countdown:
    def __iter__(self):
        return iter([3, 2, 1])


bag = Bag("apple", "pear")
print("pear" in bag, "plum" not in bag, 2 in Countdown(), 5 in Countdown())
vowels = "aeiou"
print([c for c in "programming" if c in vowels], sum(c not in vowels for c in "rhythm"))
print("a" in "a" in "abc", 1 in [1] == True)
