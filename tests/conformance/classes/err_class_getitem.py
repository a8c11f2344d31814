class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
x = 1
try:
    x[0]
except TypeError as e:
    print("TypeError:", e)
class Bad:
    def __class_getitem__(cls, item):
        raise KeyError(item)
try:
    Bad["k"]
except KeyError as e:
    print("KeyError:", e)
Plain[0]
