print("a: start")
import _circ_b

value = "a's value"


def use_b():
    return "a sees " + _circ_b.value


print("a: end")
