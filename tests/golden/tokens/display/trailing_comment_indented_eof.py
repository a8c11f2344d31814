if x:
    y = 1
    # bye