def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle

class Outer:
    class Inner:
        def method(self):
            def local():
                return self
            return local
