e = Exception("a", 2, [3])
print(e.args, str(e), repr(e))
print(str(Exception()), repr(Exception()), str(Exception("only")), repr(ValueError("v")))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError("a", "b")), str(KeyError()))
e.args = ("changed",)
print(e, e.args)
e.custom = 5
print(e.custom, e.__dict__)
class WithAttrs(Exception):
    def __init__(self, code, reason="unknown"):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason
w = WithAttrs(500)
print(w.args, w.code, w.reason, str(w), repr(w))
class NoInitCall(Exception):
    def __init__(self, x):
        self.x = x
n = NoInitCall(3)
print(n.args, str(n), repr(n))
print(StopIteration(7).value, StopIteration().value)
print(SystemExit(2).code, SystemExit().code, SystemExit(1, 2).code)
oe = OSError(2, "No such file", "f.txt")
print(oe.errno, oe.strerror, oe.filename, str(oe), oe.args)
print(type(OSError(2, "x")).__name__)
ie = ImportError("msg", name="mod", path="/p")
print(ie.name, ie.path, ie.msg, str(ie))
ne = NameError("n")
print(ne.name if hasattr(ne, "name") else "noattr")
try:
    undefined_variable
except NameError as x:
    print(x.name, x.args)
try:
    "abc".nope
except AttributeError as x:
    print(x.name, repr(x.obj))
e = Exception("note")
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
print(BaseException.__subclasses__()[:2] if False else "skip", issubclass(KeyError, LookupError))
print(ValueError("x") == ValueError("x"), hash(ValueError) is not None)
print(Exception("x", "y").__reduce__())
