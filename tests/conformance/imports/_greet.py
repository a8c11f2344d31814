"""A helper module for the import conformance programs."""
print("executing _greet as", __name__)

GREETING = "hello"
_secret = "hidden"
calls = 0


def hello(name):
    global calls
    calls += 1
    return f"{GREETING}, {name}"


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return hello(self.name)


if __name__ == "__main__":
    print("_greet run as a program")
