# Mixed element types: ints, strs, tuples, floats and bools in one set.
s = {1, "1", (1,), 1.5, True, 0, False, "", ()}
print(s, len(s))
print({1, 1.0, True}, {0, 0.0, False, -0.0})
print({(1, 2), (2, 1), (1, 2, 3), ("a", 1)})
print({2 ** 70, -2 ** 70, 3.75, "big"})
t = set()
t.update([3, "c"], ("b", 2), {"a": None, 1: None}, "xy")
print(t)
