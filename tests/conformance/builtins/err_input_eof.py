# Reading past the end of the input raises EOFError; here nobody catches it.
print("Enter numbers, one per line:")
total = 0
count = 0
while count < 3:
    total += int(input(f"number {count + 1}: "))
    count += 1
print("total", total)
