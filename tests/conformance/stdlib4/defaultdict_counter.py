# defaultdict (a factory for missing keys) and Counter (counting, most_common, elements,
# update, subtract, total).
from collections import Counter, defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups, dict(groups), groups["z"], len(groups), "q" in groups)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts.default_factory, sorted(counts.items()))
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
print(root["a"]["b"]["c"], list(root["a"]))
plain = defaultdict()
print(plain, plain.default_factory, plain.get("x"), defaultdict(set, a={1}))
copied = groups.copy()
copied["new"].append(1)
print(type(copied).__name__, "new" in groups, copied["new"])
print(isinstance(groups, dict), defaultdict(list, [("k", [1])]) == {"k": [1]})

c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update("aaz")
c.update({"b": 10})
print(c)
c.subtract({"a": 100})
c.subtract("r")
print(c, c["a"])
del c["a"]
del c["missing"]
print(c, len(c), list(c))
words = "the quick the lazy the end quick".split()
print(Counter(words).most_common(1), Counter(words)["the"])
print(Counter(), Counter([]), Counter(cats=4, dogs=8), Counter({"x": 1}) == Counter(x=1))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=2, b=1))
inventory = Counter(apples=3, pears=1)
inventory["apples"] -= 1
inventory["kiwis"] += 2
print(inventory, +inventory, sorted(inventory))
print(defaultdict[str, list], Counter[str], type(Counter[str]).__name__)
