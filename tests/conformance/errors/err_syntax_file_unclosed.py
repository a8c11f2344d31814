# An unclosed bracket is reported where it was opened.
values = [1, 2, 3]
result = sum(values
print(result)
