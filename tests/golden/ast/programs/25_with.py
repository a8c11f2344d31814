with open(path) as f:
    data = f.read()
with a, b as c, d() as (e, f):
    pass
with (open(a) as x, open(b) as y):
    pass
with (a, b):
    pass
with (yield):
    pass
with (a as b,):
    pass
with lock:
    with other:
        pass
