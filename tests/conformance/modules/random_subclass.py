# Subclasses of random.Random: their own __init__, random() or getrandbits() drive the
# inherited methods as in CPython.
import random


class Seeded(random.Random):
    def __init__(self, seed, label):
        super().__init__(seed)
        self.label = label


s = Seeded(1, "one")
print(s.random(), s.label, s.randint(1, 100), isinstance(s, random.Random), type(s).__name__)


class Plain(random.Random):
    pass


print(Plain(5).random() == random.Random(5).random(), Plain(5).choice("abcdef"))


class Half(random.Random):
    def random(self):
        return 0.5


h = Half(3)
print(h.random(), h.choice("abc"), h.randrange(10), h.uniform(0, 2), h.getrandbits(4) < 16)
print(h.sample(range(10), 3), h.choices("xyz", k=3), h.triangular(0, 1))


class Counting(random.Random):
    def __init__(self):
        super().__init__(7)
        self.calls = 0

    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)


c = Counting()
print(c.randrange(1000), c.randrange(1000), c.calls, c.randbytes(2), c.calls)


class Logged(random.Random):
    def seed(self, a=None, version=2):
        print("seeding with", a)
        super().seed(a, version)


log = Logged(11)
print(log.random() == random.Random(11).random())
log.seed(12)
