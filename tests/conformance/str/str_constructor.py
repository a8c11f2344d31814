# str() of values of many types, the keyword form and the empty call.
values = [0, -12, 2**70, 1.5, -0.0, 1e100, float("nan"), True, None, "text", "", [1, "a"],
          (1,), (), {"a": [1]}, range(3), slice(1, 2), len, "日本"]
for v in values:
    print(str(v), repr(str(v)), type(str(v)).__name__)
print(repr(str()), str(object="kw"), str("already") == "already")
print(str(str), str(ValueError("boom")), str(KeyError("k")), str(ValueError()))
