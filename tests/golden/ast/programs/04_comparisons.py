if a < b <= c > d >= e == f != g:
    pass
if x is None or x is not y:
    pass
if k in d and k not in e:
    pass
ok = 1 < 2 < 3
t = a == b == c
