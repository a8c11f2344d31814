import sys as _sys

visible = 1
also_visible = "two"
_hidden = 3
__dunder_hidden__ = 4


def function():
    return "function"
