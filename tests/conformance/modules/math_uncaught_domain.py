# An uncaught math domain error ends the program with status 1 after partial output.
import math

total = 0.0
for x in [4, 9, 16, -1, 25]:
    total += math.sqrt(x)
    print("running total", total)
print("not reached")
