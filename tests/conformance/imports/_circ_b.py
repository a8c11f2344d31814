print("b: start")
import _circ_a

print("b: a is partially initialized, has value:", hasattr(_circ_a, "value"))
value = "b's value"


def use_a():
    return "b sees " + _circ_a.value


print("b: end")
