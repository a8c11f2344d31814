# Growth: sets resize when 3/5 of the table is used; larger sets keep table order.
s = set()
sizes = []
for i in range(200):
    s.add(i * 7919 % 1009)
print(len(s))
print(list(s)[:20])
print(list(s)[-20:])
words = set()
for i in range(60):
    words.add("w" + str(i * 37 % 101))
print(words)
print(len({i % 50 for i in range(1000)}))
