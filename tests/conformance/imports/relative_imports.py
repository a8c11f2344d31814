# Relative imports inside a package resolve against __package__.
from shop.pricing import tax
import shop

c = shop.Cart().add("desk", 150)
print(tax.with_tax(c))
print(tax.cart is shop.cart, tax.Cart is shop.Cart, tax.RATE)
print(tax._discount.__module__)
