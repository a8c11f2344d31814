class A:
    pass
class B:
    def __lt__(self, o):
        return NotImplemented
for expr in ("A() < A()", "A() <= 1", "1 > A()", "'x' >= A()", "B() < B()", "[A()] < [A()]",
             "(1, A()) < (1, A())", "None < 1", "sorted([A(), A()])", "max(B(), B())"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
print(A() == A(), A() != A())
sorted([3, "a"])
