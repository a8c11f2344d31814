a.b.c.d
x = a.b
a.b.c = 1
f().attr
(1).real
"abc".upper()
a.b[c].d(e).f
del a.b
