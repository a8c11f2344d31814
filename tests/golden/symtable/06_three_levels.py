def outer(a):
    b = a * 2

    def middle():
        c = 3

        def inner():
            return a + b + c + len([])

        return inner

    return middle


print(outer(1)()())
