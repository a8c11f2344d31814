# partial's repr shows the function, the fixed arguments and the keywords.
from functools import partial


def greet(greeting, name, punctuation="!"):
    return greeting + ", " + name + punctuation


hello = partial(greet, "Hello", punctuation="?")
print(hello("Ada"))
text = repr(hello)
print(text.startswith("functools.partial(<function greet at 0x"), text.endswith(">, 'Hello', punctuation='?')"))
print(repr(partial(len)), repr(partial(max, 1, 2, key=abs)))
print(type(hello), type(hello).__name__, partial)
p = partial(print)
p.self_ref = p
print(repr(partial(sorted, [3, 1], reverse=True)))
