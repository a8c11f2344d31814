# The else block of a loop runs when the loop ends without break.
def find_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")


for n in [7, 10, 13, 15, 2]:
    find_divisor(n)
for x in []:
    print("never")
else:
    print("empty loop still runs else")
i = 0
while i < 3:
    i += 1
else:
    print("while finished with i =", i)
i = 0
while i < 10:
    if i == 4:
        print("breaking at", i)
        break
    i += 1
else:
    print("not printed")
primes = []
for candidate in range(2, 30):
    for p in primes:
        if candidate % p == 0:
            break
    else:
        primes.append(candidate)
print(primes)
target = 7
data = [[1, 2], [3, 7], [8]]
for row_index, row in enumerate(data):
    for value in row:
        if value == target:
            break
    else:
        continue
    print("found", target, "in row", row_index)
    break
attempts = 0
while attempts < 3:
    attempts += 1
    if attempts == 5:
        break
else:
    print("gave up after", attempts, "attempts")
for i in range(3):
    continue
else:
    print("continue does not skip else", i)
