counter = 0
def bump():
    global counter
    counter += 1
    return counter
class A:
    first = bump()
    second = bump()
    values = [bump() for _ in range(2)]
print(A.first, A.second, A.values, counter)
class B:
    x = 1
    x += 1
    y = x * 10
    del x
print(B.y, hasattr(B, "x"))
class C:
    items = []
    for n in range(3):
        items.append(n * n)
    def show(self):
        return self.items
    total = sum(items)
print(C().show(), C.total, C.n)
class D:
    if True:
        kind = "yes"
    else:
        kind = "no"
    try:
        risky = 1 / 0
    except ZeroDivisionError:
        risky = "caught"
print(D.kind, D.risky)
