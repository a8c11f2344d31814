# remove() of a missing element raises KeyError with the element.
s = {1, 2}
s.remove(1)
print(s)
try:
    s.remove((1, 2))
except KeyError as e:
    print("KeyError:", e, repr(e.args))
try:
    s.remove({5})
except KeyError as e:
    print("KeyError:", e)
s.remove("missing")
