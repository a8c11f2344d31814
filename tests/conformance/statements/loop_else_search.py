# Search loops that report "not found" in their else block.
inventory = {"shelf A": ["bolts", "nuts"], "shelf B": ["nails", "screws"], "shelf C": []}
for wanted in ["screws", "glue"]:
    for shelf, items in inventory.items():
        if wanted in items:
            print(wanted, "is on", shelf)
            break
    else:
        print(wanted, "is not in stock")
guesses = [50, 25, 37, 31, 34]
secret = 34
low, high = 1, 100
tries = 0
while tries < len(guesses):
    guess = guesses[tries]
    tries += 1
    if guess == secret:
        print("found", secret, "after", tries, "tries")
        break
    if guess < secret:
        low = guess + 1
    else:
        high = guess - 1
    print("range now", low, high)
else:
    print("ran out of guesses")
tries = 0
while tries < 2:
    tries += 1
else:
    print("loop ended normally after", tries)


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        return True
    return False


print([n for n in range(40) if is_prime(n)])
for word in ["level", "python"]:
    i, j = 0, len(word) - 1
    while i < j:
        if word[i] != word[j]:
            print(word, "is not a palindrome")
            break
        i, j = i + 1, j - 1
    else:
        print(word, "is a palindrome")
