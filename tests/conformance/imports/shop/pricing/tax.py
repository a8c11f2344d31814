from .. import cart
from ..cart import Cart
from . import RATE
from .discount import discount as _discount

print("shop.pricing.tax:", __name__, __package__)


def with_tax(c):
    return round(_discount(c.total()) * (1 + RATE), 2)


same_class = Cart is cart.Cart
