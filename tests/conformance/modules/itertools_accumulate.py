# accumulate with the default addition, a function, and an initial value.
from itertools import accumulate
import operator

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([])), list(accumulate([7])))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial="start")))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)), list(accumulate([3, 1, 4, 1, 5], min)))
print(list(accumulate(range(1, 8), operator.mul)), list(accumulate("abc")))
print(list(accumulate([[1], [2], [3]])), list(accumulate([1.5, 2.5], lambda a, b: a / b)))
balance = list(accumulate([100, -20, -30, 50], func=lambda bal, change: max(0, bal + change), initial=0))
print(balance)
