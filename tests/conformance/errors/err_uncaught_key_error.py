# An uncaught KeyError from a dictionary lookup in a loop.
prices = {"apple": 0.5, "pear": 0.75}
basket = ["apple", "pear", "apple", "mango", "pear"]
cost = 0
for fruit in basket:
    cost += prices[fruit]
    print(f"{fruit:<6} running total {cost:.2f}")
print("paid", cost)
