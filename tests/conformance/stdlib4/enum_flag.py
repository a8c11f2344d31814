# Flag and IntFlag: combining members with |, & and ^, membership, iteration, inversion,
# the names of combinations and the boundaries of 3.11.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    ALL = READ | WRITE | EXECUTE


rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), Perm.READ in rw, Perm.EXECUTE in rw, bool(rw), len(rw))
print(list(rw), list(Perm), Perm.ALL, repr(Perm.ALL), list(Perm.ALL))
print(rw & Perm.WRITE, rw ^ Perm.READ, ~Perm.READ, repr(~Perm.ALL), Perm(0), bool(Perm(0)))
print(Perm(3), Perm(7) is Perm.ALL, rw == Perm(3), (Perm.READ | Perm.WRITE) is rw)
print(repr(Perm(0)), str(Perm(0)), Perm(0).name, Perm.READ.name, rw.name)


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


rwx = Mode.R | Mode.W | Mode.X
print(rwx, repr(rwx), rwx == 7, Mode.R | 8, repr(Mode.R | 8), Mode(9), repr(Mode(9)))
print(Mode.R + 1, Mode.W in rwx, ~Mode.R, repr(~Mode.R), repr(Mode(0)), int(rwx))
print(list(Mode(6)), Mode.R & 6, repr(Mode.R & 6), 5 & Mode.R, repr(Mode(-1)))
print(isinstance(Mode.R, int), Mode.W.value, f"{Mode.R | Mode.X}", str(Mode.R | Mode.X))


class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    NONE = 0


print(list(Color), Color.NONE, repr(Color.NONE), Color(5), Color.RED | Color.BLUE)
print([c.name for c in Color(7)], Color.GREEN in Color(6), Color(6) & ~Color.GREEN)
