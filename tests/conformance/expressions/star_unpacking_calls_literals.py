# * and ** in calls, list/tuple/set displays and dict displays.
def describe(a, b, c=0, *args, **kwargs):
    return f"a={a} b={b} c={c} args={args} kwargs={kwargs}"


nums = [1, 2, 3, 4]
opts = {"c": 30, "d": 40}
print(describe(*nums))
print(describe(*nums[:2], **opts))
print(describe(0, *range(2), *"xy", e=5, **{"f": 6}))
print(describe(**{"a": 1, "b": 2}))
print(*nums, sep=" | ")
print(*"abc", *[1, 2], end="!\n")
print([*nums, *"ab"], (*nums, 5), {*nums, *[4, 5]}, [*range(3)], (*[],))
defaults = {"color": "red", "size": 1}
custom = {"size": 3, "shape": "square"}
print({**defaults, **custom}, {**custom, **defaults}, {"a": 0, **defaults, "color": "blue"})
print(dict(**defaults, extra=True), list(zip(*[[1, 2], [3, 4], [5, 6]])))
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [list(col) for col in zip(*matrix)]
print(transposed, max(*nums), min(*"hello"))
args = (2, 10)
print(pow(*args), "{} + {} = {}".format(*args, sum(args)), "{a}-{b}".format(**{"a": 1, "b": 2}))
first, *rest = [*"xy", *range(2)]
print(first, rest)
