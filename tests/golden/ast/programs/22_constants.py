a = None
b = True
c = False
d = ...
if x is None: pass
t = (True, False, None)
