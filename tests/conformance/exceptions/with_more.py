class Tx:
    log = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Tx.log.append("begin " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        Tx.log.append(("rollback " if et else "commit ") + self.name)
        return False
def work(fail):
    with Tx("outer"):
        with Tx("inner"):
            if fail:
                raise RuntimeError("fail")
try:
    work(False)
    work(True)
except RuntimeError:
    pass
print(Tx.log)
class Reusable:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        return self.depth
    def __exit__(self, *exc):
        self.depth -= 1
r = Reusable()
with r as d1:
    with r as d2:
        print(d1, d2)
print(r.depth)
class ExitReplaces:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is ValueError:
            raise TypeError("replaced") from ev
try:
    with ExitReplaces():
        raise ValueError("original")
except TypeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
def gen_cm():
    class G:
        def __enter__(self):
            return [1, 2]
        def __exit__(self, *a):
            print("exit gen_cm")
    with G() as items:
        yield from items
print(list(gen_cm()))
class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never")
try:
    with EnterFails():
        print("never body")
except OSError as e:
    print("enter failed:", e)
class Attrs:
    pass
a = Attrs()
a.__enter__ = lambda: 1
a.__exit__ = lambda *x: None
try:
    with a:
        pass
except TypeError as e:
    print("TypeError:", e)
