# Backslash continuation and implicit continuation inside brackets.
total = 1 + \
    2 + \
    3
print(total)
numbers = [
    1, 2,
    3,   # a comment inside the brackets
    4,
]
print(numbers, len(numbers))
result = (10
          * 2
          - 5)
print(result)
if total > 5 and \
   result > 10:
    print("both large")
d = {"a": 1,
     "b": 2}
print(d)
call = max(3,
           9,
           4)
print(call)
text = "first part " \
       "second part"
print(text)
value = sum(x
            for x in range(5)
            if x % 2)
print(value)
matrix = [[1, 2],
          [3, 4]]; print(matrix)
x = 1; y = 2; z = x + \
y
print(x, y, z)
def f(a,
      b=2,
      *args):
    return a + \
        b
print(f(1), f(1,
             5))
