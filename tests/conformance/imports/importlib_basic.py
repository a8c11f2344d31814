# importlib.import_module returns the named module itself (not its top-level package).
import importlib

m = importlib.import_module("_greet")
print(m.__name__, m.hello("importlib"))
tax = importlib.import_module("shop.pricing.tax")
print(tax.__name__)
rel = importlib.import_module(".discount", "shop.pricing")
print(rel.__name__, rel.discount(500))
up = importlib.import_module("..cart", "shop.pricing")
print(up.__name__)
print(importlib.import_module("math").sqrt(16))
