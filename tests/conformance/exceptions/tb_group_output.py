def fail(n):
    raise ValueError(f"bad {n}")
def collect():
    errors = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    inner = ExceptionGroup("inner", [TypeError("t"), KeyError("k")])
    raise ExceptionGroup("collected", errors + [inner])
print("before")
collect()
