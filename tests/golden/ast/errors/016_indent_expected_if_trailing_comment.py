if x:

# c
