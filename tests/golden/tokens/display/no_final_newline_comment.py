x = 1
# the end