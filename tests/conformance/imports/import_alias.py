# `as` renames the binding, for modules, submodules and imported names.
import _greet as g
import shop.cart as cart_module
from _greet import hello as hi, GREETING as word
from shop import Cart as C, VERSION
import _shapes, _nopublic as np

print(g.__name__, hi("alias"), word)
print(cart_module.__name__, C is cart_module.Cart, VERSION)
print("shop" in dir(), "_greet" in dir(), "g" in dir())
print(_shapes.PI, np.visible)
