class Base:
    greeting = "hello"
    count = 0

    def __init__(self):
        Base.count += 1
        self.n = Base.count

class Left(Base):
    greeting = "left"

class Right(Base):
    side = "right"

class Both(Left, Right):
    pass

b = Both()
print(b.greeting, b.side, b.n, Both.count)
print(Both.__mro__[1].__name__, Both.__mro__[2].__name__)
print("greeting" in Both.__dict__, "greeting" in Left.__dict__)
Right.greeting = "right!"
print(Both().greeting)
del Left.greeting
print(Both().greeting)
print(Base.count, b.n)
print([c.__name__ for c in Base.__subclasses__()])
