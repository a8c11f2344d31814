# factorial of a negative number raises ValueError, uncaught here.
from math import factorial, comb

print(factorial(5), comb(6, 2))
print(factorial(-3))
