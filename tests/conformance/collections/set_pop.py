# pop() removes from the table in order, starting where the last pop stopped.
s = {8, 1, 16, 2, 3, 24}
out = []
while s:
    out.append(s.pop())
print(out)
t = set("abcdefg")
first = t.pop()
print(first, t)
t.add(first)
print(t)
u = set(range(30))
print([u.pop() for _ in range(5)], len(u))
u.add(0)
print(u.pop(), u.pop())
