# Unbounded recursion that nobody catches ends the program with status 1.
def factorial(n):
    if n == 1:
        return 1
    return n * factorial(n - 1)


print(factorial(5), factorial(20))
print(len(str(factorial(500))))
print(factorial(0))
