x = 1
y = z = x + 2
a, b = b, a
(c, d), [e, *f] = (1, 2), [3, 4, 5]
*g, h = range(3)
i: int = 5
j: "list[int]"
obj.attr = 3
obj.attr: int = 4
arr[0] = arr[1:2] = arr[::2]
(k) = 7
((m)) = 8
[n] = [9]
(o,) = (10,)
p = q, = 11,
