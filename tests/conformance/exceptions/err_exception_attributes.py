try:
    ValueError(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    Exception().add_note(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Exception.with_traceback(1, None)
except TypeError as e:
    print("TypeError:", e)
class E(Exception):
    def __str__(self):
        raise RuntimeError("str failed")
try:
    str(E())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    BaseException.__new__(int)
except TypeError as e:
    print("TypeError:", e)
raise E("unprintable")
