# Deleted slots ("dummies") are reused by later additions and dropped by resizes,
# which shows in the iteration order.
s = {0, 8}
s.discard(0)
s.add(16)
print(s)
s = set(range(8))
s.discard(3)
s.add(11)
print(s)
s = {1, 9, 17}
s.remove(9)
s.add(25)
print(s)
t = set(range(40))
for i in range(0, 40, 2):
    t.discard(i)
t.add(100)
t.add(2)
print(t)
u = set(range(100))
u.difference_update(range(10, 90))
print(u)
u.add(50)
print(u)
