# __name__, __package__ and __file__ of modules, packages and submodules.
import _greet
import shop.pricing.tax as tax
import nspkg.tool

for m in [_greet, tax]:
    print(m.__name__, repr(m.__package__), m.__file__.rsplit("/", 1)[-1])
import shop

print(shop.__name__, shop.__package__, shop.__file__.rsplit("/", 1)[-1])
print(nspkg.tool.__package__)
print(__name__, __package__, __file__.rsplit("/", 1)[-1])
