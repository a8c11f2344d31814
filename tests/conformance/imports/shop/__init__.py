print("shop package init:", __name__, __package__)
from .cart import Cart

VERSION = "1.0"
