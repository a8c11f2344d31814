class EqOnly:
    def __eq__(self, o):
        return True
for make in (lambda: hash(EqOnly()), lambda: {EqOnly()}, lambda: {EqOnly(): 1},
             lambda: hash([]), lambda: {[1]: 2}, lambda: set([{}])):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class FloatHash:
    def __hash__(self):
        return 1.5
try:
    hash(FloatHash())
except TypeError as e:
    print("TypeError:", e)
{EqOnly(): 1}
