class Tracked:
    alive = 0
    def __init__(self, tag):
        self.tag = tag
        Tracked.alive += 1
    def __del__(self):
        Tracked.alive -= 1
        print("del", self.tag, "alive now", Tracked.alive)

def make_many():
    items = [Tracked(i) for i in range(3)]
    print("made", Tracked.alive)
    return items[1]
kept = make_many()
print("kept", kept.tag, Tracked.alive)
del kept
def raises():
    t = Tracked("in frame")
    raise ValueError("boom")
try:
    raises()
except ValueError:
    print("caught")
print("after except", Tracked.alive)
class Resurrect:
    saved = []
    def __del__(self):
        print("resurrecting")
        Resurrect.saved.append(self)
r = Resurrect()
del r
print(len(Resurrect.saved))
Resurrect.saved.clear()
print("cleared once")
class Parent:
    def __del__(self):
        print("Parent.__del__")
class Child(Parent):
    def __del__(self):
        print("Child.__del__")
        super().__del__()
c = Child()
c = 1
gen = (Tracked("gen") for _ in range(1))
next(gen)
gen = None
print("gen dropped", Tracked.alive)
with open(__file__) as fh:
    pass
t = Tracked("tuple item")
tup = (t,)
del t
tup = ()
print("done")
