class A:
    pass
class B:
    def __add__(self, o):
        return NotImplemented
for expr in ("A() + 1", "1 + A()", "A() - B()", "B() + B()", "-A()", "~A()", "abs(A())",
             "A() @ A()", "2 ** A()", "divmod(A(), 1)", "A() < 1", "A() >= B()", "round(A())"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
x = A()
try:
    x += 1
except TypeError as e:
    print("+= ->", e)
try:
    x **= 1
except TypeError as e:
    print("**= ->", e)
class C:
    def __len__(self):
        return -1
try:
    len(C())
except ValueError as e:
    print("ValueError:", e)
class D:
    def __len__(self):
        return "3"
try:
    len(D())
except TypeError as e:
    print("TypeError:", e)
A() * B()
