# The whole file is checked before anything runs: this print never happens.
print("never printed")
total = 0
for n in range(10)
    total += n
print(total)
