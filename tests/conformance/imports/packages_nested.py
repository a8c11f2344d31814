# `import a.b.c` binds a, after importing a, a.b and a.b.c in that order.
import shop.pricing.discount

print(shop.__name__)
print(shop.pricing.discount.discount(1000))
print(shop.pricing.__package__, shop.pricing.discount.__package__)


def local_import():
    import shop.cart
    from shop.pricing import discount as d
    return shop.cart.Cart, d.discount(10)


print(local_import()[1], "shop" in locals())
