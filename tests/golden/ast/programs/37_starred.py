a, *b = 1, 2, 3
*a, b = 1, 2, 3
a, *b, c = range(5)
first, *_ = items
print(*args, sep="")
x = [*a, *b]
y = *a, *b
for a, *b in c:
    pass
return_value = (*a,)
