# sorted, min and max with key functions, reverse, defaults and ties (stable sorting).
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(max([3, 7, 7, 1], key=lambda v: v % 4), min("banana", key="ban".find))
words = ["pear", "Fig", "apple", "date", "Kiwi"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True), min(words, key=len), max(words, key=len))
print(min(4, 2, 8), max(4, 2, 8), min("b", "a"), max([1, 2], [1, 3]), min([0.5, -1, 3]))
print(min([], default=None), max([], default="empty"), max([5], default=0), min((), key=len, default=-1))
print(sorted("hello"), sorted({3: "c", 1: "a"}), sorted({5, 1, 3}), sorted((2, 1), reverse=True))
scores = {"ann": 90, "bob": 72, "cid": 90}
print(sorted(scores, key=scores.get), max(scores, key=scores.get), sorted(scores.items()))
print(sorted([3, 1, 2], reverse=False), sorted([True, False, True]), sorted([-1, 1, -2], key=abs))
data = [5, 2, 9]
result = sorted(data)
print(data, result, result is data, sorted(data, key=lambda x: -x))
print(max(range(10), key=lambda n: (n % 3, n)), min(enumerate("zyx"), key=lambda p: p[1]))
