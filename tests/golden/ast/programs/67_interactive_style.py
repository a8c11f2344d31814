x = 1
x
x + 1
"expression statement"
f(x)
[1, 2]
