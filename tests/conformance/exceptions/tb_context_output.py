class Resource:
    def close(self):
        raise OSError("close failed")
def use():
    r = Resource()
    try:
        return [1, 2][3]
    finally:
        r.close()
def outer():
    try:
        use()
    except OSError as e:
        raise TypeError("wrapped") from None
try:
    outer()
except TypeError as e:
    print("suppressed context:", e.__suppress_context__, repr(e.__context__))
use()
