a = 2 ** 3 ** 2
b = (-2) ** 2
c = -2 ** -2
d = ~-+x
e = not -x
f = await_ ** 2
