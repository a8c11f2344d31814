# A negative repeat for product raises an uncaught ValueError.
from itertools import product

print(list(product("ab", repeat=2)))
for combo in product("xy", repeat=-1):
    print(combo)
