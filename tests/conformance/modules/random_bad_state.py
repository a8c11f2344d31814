# setstate with a state vector of the wrong size raises an uncaught ValueError.
import random

r = random.Random(3)
print(r.random())
state = r.getstate()
print(len(state[1]))
r.setstate((3, state[1][:-2], None))
