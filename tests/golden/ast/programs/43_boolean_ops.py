a = b and c
a = b or c
a = b and c and d
a = b or c or d
a = b and c or d and e
a = (b or c) and d
a = not not b
a = not (b and c)
