# pass does nothing; break leaves the innermost loop; continue skips to the next iteration.
def placeholder():
    pass


class Empty:
    pass


print(placeholder(), Empty.__name__)
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if j == i:
            continue
        print("pair", i, j)
n = 0
while True:
    n += 1
    if n < 3:
        continue
    print("n reached", n)
    break
found = None
for word in ["alpha", "beta", "gamma", "delta"]:
    if "m" in word:
        found = word
        break
    pass
print(found)
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
count = 0
while count < 10:
    count += 1
    if count % 3 != 0:
        continue
    print("multiple of 3:", count)
if count:
    pass
else:
    print("never")
print([x for x in range(5) if x != 2], "end")
