class AppError(Exception):
    default = "application error"
    def __init__(self, msg=None, *, code=1):
        super().__init__(msg or self.default)
        self.code = code
class NotFound(AppError):
    default = "not found"
for exc in (AppError(), NotFound(code=404), AppError("custom", code=2)):
    print(type(exc).__name__, exc.args, exc.code, str(exc), repr(exc))
try:
    raise NotFound(code=7)
except AppError as e:
    print("caught", e.code, e, isinstance(e, NotFound))
class WithStr(ValueError):
    def __str__(self):
        return "custom str: " + ",".join(map(str, self.args))
print(WithStr(1, 2), repr(WithStr(1)), WithStr().args)
e = KeyError("k", "extra")
print(e.args, str(e))
e.args = ("only",)
print(str(e), repr(e))
