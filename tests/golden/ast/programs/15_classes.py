class A:
    pass

class B(A):
    x = 1

    def method(self):
        return self.x

class C(A, B, metaclass=Meta, **kwargs):
    """Docstring."""

    def __init__(self, *args):
        super().__init__(*args)

class D():
    pass

class E(*bases):
    attr: int
