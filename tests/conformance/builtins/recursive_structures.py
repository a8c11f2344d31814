# Self-referencing structures: graphs with cycles and containers holding themselves.
graph = {"a": [], "b": [], "c": []}
graph["a"].append(graph["b"])
graph["b"].append(graph["c"])
graph["c"].append(graph["a"])
print(graph)
print(graph["a"])
node = {"value": 1, "next": None}
node["next"] = node
print(node, node["next"]["next"]["value"])
matrix = [[0, 0], [0, 0]]
matrix[0][1] = matrix
print(matrix)
print(str(matrix) == repr(matrix), len(repr(matrix)))
family = {"name": "root", "children": []}
child = {"name": "child", "parent": family, "children": []}
family["children"].append(child)
print(family)
print(child)
items = [1]
items.append([items, (items,)])
print(items)
keys = {}
keys["self"] = [keys, {"again": keys}]
print(keys)
print(f"{items}", "%r" % ([items],), [items] * 2)
ring = [0]
cur = ring
for i in range(1, 4):
    cur.append([i])
    cur = cur[-1]
cur.append(ring)
print(ring)
