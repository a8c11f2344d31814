for i in range(10):
    print(i)
for i, (j, k) in enumerate(pairs):
    pass
for x, in items:
    pass
for *rest, last in seqs:
    pass
for obj.attr in values:
    pass
for arr[0] in values:
    pass
for i in 1, 2, 3:
    pass
for i in *a, *b:
    pass
else:
    finished = True
