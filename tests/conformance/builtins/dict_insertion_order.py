# Dicts keep insertion order; updating a value keeps the position, delete and re-add moves it.
d = {}
for key in ["zebra", "apple", "mango", "kiwi"]:
    d[key] = len(key)
print(d, list(d), list(d.values()))
d["apple"] = 100
print(list(d.items()))
del d["zebra"]
d["zebra"] = 0
print(list(d))
print(d.get("mango"), d.get("none"), d.get("none", "default"), "kiwi" in d, 5 in d)
print(d.setdefault("kiwi", 9), d.setdefault("pear", 9), d)
print(d.pop("mango"), d.pop("nope", None), d.popitem(), d)
d.update({"fig": 1, "apple": 2}, extra=3)
print(d)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: -kv[1]))
inverted = {v: k for k, v in counts.items()}
print(inverted)
print(dict.fromkeys("abc", 0), dict(zip("xyz", range(3))), dict([(1, "one")], two=2))
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(merged, {**merged, "a": 0})
print(list(reversed(merged)), len(merged), merged == {"c": 4, "b": 3, "a": 1})
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
nums = {i: i * i for i in range(6)}
for k in list(nums):
    if k % 2:
        del nums[k]
print(nums, nums.keys(), nums.values(), nums.items())
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "tuple key"}[1, 2])
d2 = dict(a=1)
d2.clear()
print(d2, {} == dict(), repr({"q": [1, {"r": None}]}))
