class A:
    def f(self):
        if x:
            for y in z:
                pass
    def g(self):
        pass
b = 1
if c:
  if d:
    e
