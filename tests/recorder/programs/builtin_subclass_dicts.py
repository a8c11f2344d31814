# str and tuple subclass instances whose __dict__ follows their text or items: the
# snapshots restore both.
import enum


class Label(str):
    pass


class Point(tuple):
    pass


label = Label("naïve")
label.weight = 3
point = Point((1, 2))
point.name = "origin"
point.name = label
label.weight += len(point)


class Mode(enum.StrEnum):
    READ = "r"
    WRITE = "w"


class Perm(enum.Flag):
    X = 1
    W = 2


both = Perm.X | Perm.W
print(label, label.weight, point, point.name, Mode.WRITE, both, vars(point))
