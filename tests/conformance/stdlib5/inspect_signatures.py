# inspect.signature: str(), parameters with kind, default and annotation, methods, classes,
# wrapped functions, bind.
import functools
import inspect


def plain(a, b, c=3):
    pass


def full(pos_only, /, normal: int, default: str = "x", *args: float, kw_only, kw_default=None,
         **kwargs: dict) -> bool:
    pass


async def coro(x, *, timeout=1.5):
    pass


for func in (plain, full, coro, lambda: None, lambda *a, **k: 0, lambda x, /: x):
    print(inspect.signature(func))

sig = inspect.signature(full)
print(repr(sig))
for name, param in sig.parameters.items():
    print(f"{name:11} {str(param.kind):22} {param.kind.description:22} "
          f"default={param.default!r:28} annotation={param.annotation!r}")
print(sig.return_annotation, sig.parameters["normal"].annotation is int)
print(inspect.Parameter.empty is inspect.Signature.empty, sig.parameters["normal"].default is inspect.Parameter.empty)
print(list(sig.parameters), type(sig.parameters).__name__)


class Account:
    def __init__(self, owner, balance=0.0):
        self.owner = owner

    def deposit(self, amount, *, note=""):
        pass

    @staticmethod
    def helper(x, y):
        pass

    @classmethod
    def create(cls, owner):
        pass

    def __call__(self, value):
        pass


print(inspect.signature(Account), inspect.signature(Account.deposit))
print(inspect.signature(Account("a").deposit), inspect.signature(Account.helper))
print(inspect.signature(Account.create), inspect.signature(Account("b")))


def decorator(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@decorator
def decorated(alpha, beta=2):
    pass


print(inspect.signature(decorated), inspect.signature(decorated, follow_wrapped=False))
bound = inspect.signature(plain).bind(1, c=5, b=2)
print(bound.arguments, bound.args, bound.kwargs)
bound = inspect.signature(plain).bind_partial(1)
bound.apply_defaults()
print(bound)
p = inspect.Parameter("z", inspect.Parameter.KEYWORD_ONLY, default=9)
print(p, repr(p), p.kind, p.replace(name="w"))
print(inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY), p]))
print(sig == inspect.signature(full), inspect.signature(plain) == inspect.signature(coro))
