# Augmented assignment: in place for mutable objects, rebinding for immutable ones.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x /= 4; print(x)
n = 0b1010
n <<= 2; print(n)
n >>= 1; print(n)
n &= 0b0110; print(n)
n |= 0b1001; print(n)
n ^= 0b1111; print(n)
s = "ab"
s += "cd"; s *= 2; print(s)
items = [1, 2]
alias = items
items += [3]
items *= 2
print(items, alias, items is alias)
t = (1, 2)
t_alias = t
t += (3,)
print(t, t_alias, t is t_alias)
d = {"a": [1]}
d["a"] += [2]
d["b"] = d.get("b", 0) + 1
print(d)
counter = {}
for ch in "mississippi":
    counter[ch] = counter.get(ch, 0) + 1
print(counter)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 5
grid[0][0] -= 1
print(grid)
calls = []


def key():
    calls.append("key")
    return 0


data = [10]
data[key()] += 1
print(data, calls)
f = 1.5
f += 1; f *= 2; f //= 2; print(f)
sset = {1}
sset |= {2}; sset &= {2, 3}; sset ^= {4}; sset -= {4}; print(sset)
