# del unbinds names and removes items, slices, keys and attributes.
x = 10
del x
print("x" in globals())
items = list(range(8))
del items[0]
print(items)
del items[-1], items[1]
print(items)
del items[::2]
print(items)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d, list(d))
d["b"] = 4
print(d)
nested = {"outer": {"inner": [1, 2, 3]}}
del nested["outer"]["inner"][1]
print(nested)


class Box:
    pass


box = Box()
box.label = "tools"
box.size = 3
del box.label
print(vars(box), hasattr(box, "label"))
a, b, c = 1, 2, 3
del a, (b, c)
print([name for name in ("a", "b", "c") if name in globals()])


def local_del():
    y = "temp"
    del y
    y = "again"
    return y


print(local_del())
matrix = [[1, 2], [3, 4]]
row = matrix[0]
del matrix[0]
print(matrix, row)
for i in range(3):
    pass
del i
print("i" in globals())
