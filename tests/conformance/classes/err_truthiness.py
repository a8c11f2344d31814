class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -5
class StrLen:
    def __len__(self):
        return "no"
class Huge:
    def __len__(self):
        return 2 ** 100
for obj in (BadBool(), BadLen(), StrLen(), Huge()):
    try:
        bool(obj)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print("TypeError:", e)
if BadBool():
    pass
