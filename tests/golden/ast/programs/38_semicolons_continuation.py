a = 1; b = 2; c = 3;
if x: y = 1; z = 2
total = 1 + \
    2 + \
    3
values = [
    1,
    2,  # comment
    3
]
call(a,
     b,
     c)
