# floor, ceil and trunc return ints, exact for big floats, and honour __floor__ & co.
import math

for x in [2.5, -2.5, 0.0, -0.0, 1e16 + 0.5, 1e300, -1e300, 2**70 + 0.0, 7, -7, True, False, 2**100]:
    f, c, t = math.floor(x), math.ceil(x), math.trunc(x)
    print(repr(x), f, c, t, type(f).__name__, type(c).__name__, type(t).__name__)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __trunc__(self):
        return int(self.cents / 100)

    def __float__(self):
        return self.cents / 100


m = Money(-250)
print(math.floor(m), math.ceil(m), math.trunc(m), math.sqrt(Money(400)))


class OnlyFloat:
    def __float__(self):
        return 2.75


print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()))
