class P:
    __slots__ = ("x",)
p = P()
try:
    p.y = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad2:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad3:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad4:
        __slots__ = ("not valid",)
except TypeError as e:
    print("TypeError:", e)
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class S(int):
        __slots__ = ("v",)
except TypeError as e:
    print("TypeError:", e)
p.z = 5
