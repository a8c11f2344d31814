class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class No:
    def __bool__(self):
        return False
class Both:
    def __bool__(self):
        print("bool wins")
        return True
    def __len__(self):
        return 0
class Plain:
    pass
for obj in (Empty(), Full(), No(), Both(), Plain()):
    print(type(obj).__name__, bool(obj), not obj, "yes" if obj else "no")
print(Empty() or "fallback", Full() and "both")
x = [o for o in (Empty(), Full(), No()) if o]
print(len(x))
class Sub(Empty):
    pass
print(bool(Sub()))
class BoolFromLen(Full):
    __bool__ = None
n = 0
while Full() and n < 2:
    n += 1
print(n)
class Inherit(No):
    def __len__(self):
        return 5
print(bool(Inherit()))
