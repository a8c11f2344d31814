x = (c q)
