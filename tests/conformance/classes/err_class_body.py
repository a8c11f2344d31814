try:
    class Broken:
        x = 1
        y = undefined_name
except NameError as e:
    print("NameError:", e)
print("Broken" in globals())
try:
    class Div:
        v = 1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
class Nested:
    a = 1
    def m(self):
        return a
try:
    Nested().m()
except NameError as e:
    print("NameError:", e)
class Later:
    first = 1
    second = missing_too
