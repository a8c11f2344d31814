@decorator
def f():
    pass

@decorator(arg)
@other.attr
@x[0]
@(lambda f: f)
def g(): pass

@dataclass
class C:
    x: int = 0

@a.b.c
@a if b else c
async def h():
    pass
