# Assigning to an expression is a SyntaxError with a hint.
first = 1
second = 2
first + second = 3
print(first, second)
