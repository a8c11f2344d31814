print("shop.pricing init:", __name__, __package__)
RATE = 0.2
