class L(list):
    pass
try:
    L(1)
except TypeError as e:
    print("TypeError:", e)
class I(int):
    pass
try:
    I("x")
except ValueError as e:
    print("ValueError:", e)
class S(str):
    def __init__(self, a, b):
        super().__init__()
try:
    S("a")
except TypeError as e:
    print("TypeError:", e)
class D(dict):
    pass
try:
    D()["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    L([1]).nope
except AttributeError as e:
    print("AttributeError:", e)
class T(tuple):
    pass
try:
    T([1])[5]
except IndexError as e:
    print("IndexError:", e)
D()[[]]
