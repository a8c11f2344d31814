# copy's errors: objects that cannot be copied, and failing copy hooks.
import copy


def gen():
    yield 1


class BadCopy:
    def __copy__(self):
        raise RuntimeError("no copies allowed")


class BadReduce:
    def __reduce__(self):
        return 42


def attempt(label, action):
    try:
        print(label, "->", action())
    except (TypeError, RuntimeError, copy.Error) as exc:
        print(label, "->", type(exc).__name__ + ":", exc)


attempt("generator copy", lambda: copy.copy(gen()))
attempt("generator deepcopy", lambda: copy.deepcopy([gen()]))
attempt("hook raises", lambda: copy.copy(BadCopy()))
attempt("bad reduce", lambda: copy.deepcopy(BadReduce()))
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
copy.deepcopy({"g": gen()})
