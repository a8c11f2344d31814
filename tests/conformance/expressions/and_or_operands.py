# `and` and `or` return one of their operands, not necessarily a bool; they short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] or {} or "last", None and 1)
print("a" and "b" and "c", "a" and "" and "c", 0 or None, 0 or [] or (), True and 0)
print(not 0, not "", not [1], type(1 and 2).__name__, type(not 1).__name__)


def loud(name, result):
    print(" call", name)
    return result


print(loud("a", 0) and loud("b", 1))
print(loud("a", 1) and loud("b", 0) and loud("c", 1))
print(loud("a", 0) or loud("b", "") or loud("c", "found") or loud("d", 1))
name = ""
print(name or "anonymous", (name or "anonymous").upper())
config = {"debug": 0}
print(config.get("debug") or "off", config.get("missing") and config["missing"])
items = []
print(items and items[0], len(items) > 0 and items[0])
count = 3
print(count > 0 and f"{count} items" or "no items")
values = [0, 1, "", "x", None, [], [0]]
print([v or "-" for v in values])
print([v and "+" for v in values])
print(all(v for v in [1, 2]) and "all", any([]) or "none")
x = None
result = x is not None and x.upper()
print(result, x or 0 + 1, (x or 0) + 1)
