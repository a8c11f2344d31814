def discount(amount):
    return amount * 0.9 if amount > 100 else amount
