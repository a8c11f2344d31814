def counter():
    count = 0

    def tick():
        nonlocal count
        count += 1
        return count

    return tick


t = counter()
print(t(), t())
