# Nesting just inside CPython's limits: brackets, operators, lambdas, elif chains.
x = ((((((((((((((((((((1))))))))))))))))))))
y = [[[[[[[[[[{(1, 2): {3}}]]]]]]]]]]
z = not not not not not -+-~-+-~x ** -y ** 2
f = lambda: lambda a: lambda *b, **c: (lambda d=1, /, e=2, *, g=3: a if b else c)
if x: pass
elif y: pass
elif z: pass
else: pass
w = x.a.b.c(1)(2)[3][4:5:6].d
