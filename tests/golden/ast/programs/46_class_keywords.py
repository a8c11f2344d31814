class A(B, C, metaclass=M):
    pass
class D(x=1, *args, **kw):
    pass
class E(Generic[T]):
    value: T
