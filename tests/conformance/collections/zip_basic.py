# zip: shortest input wins; strict= checks lengths.
print(list(zip("abc", [1, 2, 3], (True, False, None))))
print(list(zip("abcd", range(2))), list(zip()), list(zip([1, 2])), list(zip([], "ab")))
print(list(zip("ab", "cd", strict=True)), list(zip(strict=True)), list(zip([], [], strict=False)))
print(dict(zip(["a", "b"], [1, 2])), sorted(zip([3, 1, 2], "cab")))
z = zip([1, 2], [3, 4])
print(type(z).__name__, next(z), list(z), list(z))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)))
