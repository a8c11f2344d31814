# A dedent that does not match any outer indentation level.
def average(values):
    total = sum(values)
  count = len(values)
    return total / count


print(average([1, 2, 3]))
