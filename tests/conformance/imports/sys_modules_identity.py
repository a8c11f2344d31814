# The same module object is shared by every importer, so its state is shared too.
import _greet
import shop
from shop import cart
import shop.cart as c2

_greet.hello("a")
_greet.hello("b")
from _greet import calls

print(calls)
print(cart is c2 is shop.cart)
import importlib

print(importlib.import_module("shop.cart") is cart)
