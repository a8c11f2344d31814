class Noisy:
    def __del__(self):
        raise ValueError("from __del__")
def f():
    n = Noisy()
f()
print("still running")
class Half:
    def __del__(self):
        print("Half deleting")
        1 / 0
h = Half()
del h
print("continued")
class Last:
    def __del__(self):
        print("Last.__del__ runs at exit")
last = Last()
raise SystemExit(3)
