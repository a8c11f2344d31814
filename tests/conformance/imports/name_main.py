# __name__ is "__main__" only in the program; an imported module sees its own name.
import _greet

print(__name__, _greet.__name__)
if __name__ == "__main__":
    print("the program runs as __main__")


def main():
    return "main() called"


if __name__ == "__main__":
    print(main())
import sys

print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
