# inspect errors: signatures of non-callables and bad parameters, states of the wrong kind
# of object.
import inspect


def show(label, action):
    try:
        print(label, "->", action())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


def f(a, b=1):
    pass


async def co():
    pass


show("signature(42)", lambda: inspect.signature(42))
show("signature('text')", lambda: inspect.signature("text"))
show("generator state of list", lambda: inspect.getgeneratorstate([]))
coro = co()
show("generator state of coroutine", lambda: inspect.getgeneratorstate(coro))
show("coroutine state of function", lambda: inspect.getcoroutinestate(f))
coro.close()
show("bad kind", lambda: inspect.Parameter("x", 7))
show("bad name", lambda: inspect.Parameter("1x", inspect.Parameter.POSITIONAL_ONLY))
show("name not str", lambda: inspect.Parameter(5, inspect.Parameter.POSITIONAL_ONLY))
show("default on *args", lambda: inspect.Parameter("a", inspect.Parameter.VAR_POSITIONAL, default=1))
show("wrong order", lambda: inspect.Signature([
    inspect.Parameter("k", inspect.Parameter.KEYWORD_ONLY),
    inspect.Parameter("p", inspect.Parameter.POSITIONAL_ONLY)]))
show("duplicate", lambda: inspect.Signature([
    inspect.Parameter("a", inspect.Parameter.POSITIONAL_OR_KEYWORD),
    inspect.Parameter("a", inspect.Parameter.KEYWORD_ONLY)]))
show("non-default after default", lambda: inspect.Signature([
    inspect.Parameter("a", inspect.Parameter.POSITIONAL_OR_KEYWORD, default=1),
    inspect.Parameter("b", inspect.Parameter.POSITIONAL_OR_KEYWORD)]))
sig = inspect.signature(f)
show("bind missing", lambda: sig.bind())
show("bind too many", lambda: sig.bind(1, 2, 3))
show("bind unexpected", lambda: sig.bind(1, c=3))
show("bind twice", lambda: sig.bind(1, a=2))
inspect.signature(None)
