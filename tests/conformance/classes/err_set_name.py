class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)
try:
    class Owner:
        attr = Bad()
except ValueError as e:
    print("ValueError:", e)
    print(type(e.__context__))
class Wrong:
    def __set_name__(self):
        pass
try:
    class Owner2:
        w = Wrong()
except TypeError as e:
    print("TypeError:", e)
class Owner3:
    x = Bad()
