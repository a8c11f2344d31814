# pop() from an empty set.
s = {1}
print(s.pop())
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e, e.args)
frozen_methods = [m for m in ("add", "pop", "update", "union") if hasattr(frozenset(), m)]
print(frozen_methods)
set().pop()
