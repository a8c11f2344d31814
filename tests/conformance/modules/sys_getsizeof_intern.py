# getsizeof for the core types (CPython's sizes) and intern.
import sys

print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**100), sys.getsizeof(-5))
print(sys.getsizeof(True), sys.getsizeof(None), sys.getsizeof(1.5))
print(sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("é"), sys.getsizeof("€uro"), sys.getsizeof("😀"))
print(sys.getsizeof(()), sys.getsizeof((1, 2, 3)), sys.getsizeof([]), sys.getsizeof({}), sys.getsizeof(set()))
print(sys.getsizeof("x".encode()), sys.getsizeof(0, 99))
a = sys.intern("hello world " * 2)
b = sys.intern("hello world hello world ")
print(a is b, a == b, sys.intern("x") is "x")


class Sized:
    def __sizeof__(self):
        return 100


class Plain:
    pass


print(sys.getsizeof(Sized()), sys.getsizeof(Plain()))
