class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])
    @staticmethod
    def area(r):
        return round(3.14159 * r * r, 2)
    @classmethod
    def made(cls):
        return cls.count

class Special(Pizza):
    pass

print(Pizza.margherita().toppings)
print(type(Special.margherita()).__name__)
print(Pizza.area(2), Pizza().area(1) if False else Pizza.area(1))
print(Special.made())
sm = Pizza.__dict__["area"]
cm = Pizza.__dict__["margherita"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(3), cm.__func__.__name__)
print(callable(sm))
bound = Special.margherita
print(bound.__self__ is Special, bound.__func__ is cm.__func__)
f = staticmethod(len)
print(f("abc"))
class Holder:
    helper = staticmethod(lambda x: x * 2)
    make = classmethod(lambda cls, x: (cls.__name__, x))
print(Holder.helper(4), Holder().helper(5), Holder.make(1), Holder().make(2))
