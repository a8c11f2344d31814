# Recursion. Watch the Frames view grow one frame per call of fib, each with its own `n`,
# then shrink as they return; the Value stack shows the partial sums waiting for the second
# call. Step Out (Shift+F11) leaves one level; Reverse Step Out (Ctrl+Shift+F11) goes back to
# the call that made the frame.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


print([fib(i) for i in range(6)])
print(factorial(5))
