# Importing a package runs its __init__.py; submodules become attributes of their package.
import sys

import shop

print(shop.__name__, shop.__package__, shop.VERSION)
print(shop.__file__.rsplit("/", 2)[-2:])
print(shop.__path__[0].rsplit("/", 1)[-1], len(shop.__path__))
print(hasattr(shop, "cart"), hasattr(shop, "pricing"))
import shop.pricing.tax

print(hasattr(shop, "pricing"), shop.pricing.tax.__name__, shop.pricing.tax.__package__)
print(shop.pricing.RATE)
print(sorted(name for name in sys.modules if name.startswith("shop")))
