def make_adder(n):
    def add(x):
        return x + n
    return add


adder = make_adder(5)
print(adder(1))
