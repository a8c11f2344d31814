def f(x, x): return
class A: return 1
x = [1, 2
	  y = 3
print "hello"
f(**x, *y)
a + 1 = 2
nonlocal q
