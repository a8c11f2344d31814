class A:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    A().x
except KeyError as e:
    print("KeyError:", e)
try:
    hasattr(A(), "y")
except KeyError as e:
    print("KeyError from hasattr:", e)
class B:
    def __getattribute__(self, name):
        raise AttributeError(name + "!")
try:
    B().q
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(B(), "q", "default"))
class C:
    def __setattr__(self, name, value):
        if name == "bad":
            raise ValueError("no bad")
        super().__setattr__(name, value)
c = C()
c.good = 1
print(c.good)
try:
    c.bad = 2
except ValueError as e:
    print("ValueError:", e)
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
class D:
    def __getattr__(self, name):
        return self.__getattr__missing
D().anything
