# A shopping-list program: parse lines from input, reject bad ones.
count = int(input())
total = 0.0
for line_number in range(1, count + 1):
    line = input()
    name, price, quantity = line.split()
    try:
        cost = float(price) * int(quantity)
    except ValueError as e:
        print(f"line {line_number}: skipped ({e})")
        continue
    total += cost
    print(f"{name:<8}{quantity:>4} x {float(price):5.2f} = {cost:6.2f}")
print(f"{'total':<8}{total:>20.2f}")
try:
    extra = input()
except EOFError:
    extra = None
print("extra line:", extra)
