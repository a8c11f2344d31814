x = 1 2 # café
