x=.5x
