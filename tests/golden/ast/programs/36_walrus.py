if (n := 10) > 5:
    pass
while (chunk := f.read(1024)):
    pass
data = [y := f(x), y ** 2]
print(total := 0)
filtered = [v for x in xs if (v := g(x))]
f(x := 1, y=2)
