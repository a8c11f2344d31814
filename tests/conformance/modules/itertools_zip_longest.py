# zip_longest pads the shorter inputs with fillvalue.
from itertools import zip_longest

print(list(zip_longest("ab", "wxyz")), list(zip_longest("abc", [1], fillvalue="-")))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest("a", "", "bc", fillvalue=0)))
rows = [[1, 2, 3], [4], [5, 6]]
print(list(zip_longest(*rows, fillvalue=0)))
z = zip_longest(iter("ab"), iter("xyz"))
print(next(z), list(z), list(z))
