# Unhashable elements are a TypeError naming the type.
for make in (lambda: {[1]}, lambda: set([{}]), lambda: {1, 2, {3}}, lambda: frozenset([[]])):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
s = {1}
try:
    s.add([2])
except TypeError as e:
    print("add:", e)
try:
    print([1] in s)
except TypeError as e:
    print("in:", e)
print({1} in {frozenset([1])})
s.add({"a": 1})
