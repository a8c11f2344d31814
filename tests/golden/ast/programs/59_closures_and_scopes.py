def counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

make = counter()
make(); make(2)
adders = [lambda x, n=n: x + n for n in range(3)]
