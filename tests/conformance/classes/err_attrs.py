class Point:
    __slots__ = ()
class Plain:
    pass
p = Plain()
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Plain.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).foo = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.foo = 1
except TypeError as e:
    print("TypeError:", e)
try:
    p.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".upper.x
except AttributeError as e:
    print("AttributeError:", e)
print(p.nothing_here)
