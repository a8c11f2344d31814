# str and tuple subclass instances whose __dict__ (and __slots__ words) follow their text
# or items: the snapshots restore both.
import enum


class Label(str):
    pass


class Point(tuple):
    pass


class Tagged(str):
    __slots__ = ("tag",)


tagged = Tagged("slot")
tagged.tag = [tagged]
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
print(tagged, tagged.tag[0] is tagged, label, label.weight, point, point.name, Mode.WRITE, both, vars(point))
