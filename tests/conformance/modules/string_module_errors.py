# string.Template errors: missing keys, invalid placeholders.
import string

t = string.Template("Dear $name, you owe $amount.")
print(t.substitute(name="Ann", amount=5))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="Cid")
except KeyError as e:
    print("KeyError:", e)
bad = string.Template("cost: $5")
print(bad.safe_substitute())
try:
    bad.substitute()
except ValueError as e:
    print("ValueError:", e)
try:
    string.Template("$x").substitute({"x": 1}, {"y": 2})
except TypeError as e:
    print("TypeError:", e)
print(string.capwords(""), string.Template("$$").substitute())
print(string.Template("${missing}").substitute())
