# from-import binds names from a module, and submodules from a package.
from _greet import hello, Greeter, calls
from shop import cart
from shop.pricing import tax
from shop.pricing.discount import discount

print(hello("from"), calls)
print(Greeter("x").greet())
print(cart.__name__, tax.__name__, discount(200))
c = cart.Cart().add("book", 60).add("lamp", 50)
print(c.total(), tax.with_tax(c), tax.same_class)
import _greet
print(_greet.calls, calls)
